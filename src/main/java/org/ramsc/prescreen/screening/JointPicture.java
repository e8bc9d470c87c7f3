package org.ramsc.prescreen.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each of the 28 DAS28 joints sits on the tap-to-select picture. The body is drawn as the
 * patient faces us (their right on our left); below it each hand is drawn across the full width,
 * as the patient sees the back of their own hand, so that finger joints get targets of at least
 * 44 px on a phone. Coordinates are in the SVG's 360-unit-wide viewBox.
 */
public final class JointPicture {

    public static final int WIDTH = 360;
    public static final int BODY_HEIGHT = 400;
    public static final int HAND_HEIGHT = 230;
    public static final int HEIGHT = BODY_HEIGHT + 2 * HAND_HEIGHT;
    /** Half of the hit area: 48 units stay above 44 px down to a 330 px wide picture. */
    public static final int HIT_RADIUS = 24;

    public record Spot(String joint, int x, int y) {
    }

    /** A finger: a line from its knuckle to its tip. */
    public record Finger(int x1, int y1, int x2, int y2) {
    }

    /** One hand: its outline and fingers, its label position and its joints. */
    public record Hand(String labelKey, int labelY, int palmX, int palmY, int palmWidth, int palmHeight,
            List<Finger> fingers, List<Spot> spots) {
    }

    private static final List<Spot> BODY = List.of(
            new Spot("shoulder_right", 125, 92), new Spot("shoulder_left", 235, 92),
            new Spot("elbow_right", 98, 170), new Spot("elbow_left", 262, 170),
            new Spot("wrist_right", 78, 240), new Spot("wrist_left", 282, 240),
            new Spot("knee_right", 152, 320), new Spot("knee_left", 208, 320));

    private JointPicture() {
    }

    public static List<Spot> body() {
        return BODY;
    }

    public static List<Hand> hands() {
        return List.of(hand("right", BODY_HEIGHT, true), hand("left", BODY_HEIGHT + HAND_HEIGHT, false));
    }

    /**
     * A hand seen from above: for the right hand the thumb is on the left, for the left hand on
     * the right. Knuckles (MCP) sit on the palm's top edge, middle joints (PIP) halfway up.
     */
    private static Hand hand(String side, int top, boolean thumbLeft) {
        int[] fingerX = thumbLeft ? new int[] {140, 190, 240, 290} : new int[] {70, 120, 170, 220};
        int mcpY = top + 130;
        int pipY = top + 72;
        List<Spot> spots = new ArrayList<>();
        List<Finger> fingers = new ArrayList<>();
        int thumbMcpX = thumbLeft ? 92 : 268;
        int thumbIpX = thumbLeft ? 48 : 312;
        spots.add(new Spot("mcp1_" + side, thumbMcpX, top + 170));
        spots.add(new Spot("pip1_" + side, thumbIpX, top + 118));
        fingers.add(new Finger(thumbMcpX, top + 170, thumbLeft ? 30 : 330, top + 90));
        for (int i = 0; i < 4; i++) {
            int finger = i + 2;
            spots.add(new Spot("mcp" + finger + "_" + side, fingerX[i], mcpY));
            spots.add(new Spot("pip" + finger + "_" + side, fingerX[i], pipY));
            fingers.add(new Finger(fingerX[i], mcpY, fingerX[i], top + 22 + (i == 3 ? 28 : i == 0 ? 12 : 0)));
        }
        int palmX = thumbLeft ? 112 : 42;
        return new Hand("screening.joints.hand." + side, top + 14, palmX, mcpY, 206, 80, fingers, spots);
    }
}
