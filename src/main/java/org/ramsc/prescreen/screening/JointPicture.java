package org.ramsc.prescreen.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each of the 28 DAS28 joints sits on the tap-to-select picture. The body is drawn as the
 * patient faces us (their right on our left), small, in the middle; each hand is drawn beside it on
 * its own side, larger and turned so that the fingers point outwards, thumb on top. Turned like this
 * a hand needs five rows but only two columns of targets, so the whole picture is about as tall as
 * it is wide and still gives every joint a target of at least 44 px on a phone. Coordinates are in
 * the SVG's 360-unit-wide viewBox.
 */
public final class JointPicture {

    public static final int WIDTH = 360;
    public static final int HEIGHT = 304;
    /**
     * Half of the hit area: 50 units stay above 44 px down to a 317 px wide picture, a 390 px phone
     * with a scroll bar and an error mark beside the question. Neighbouring joints are at least 50
     * units apart, so no two hit areas overlap.
     */
    public static final int HIT_RADIUS = 25;

    public record Spot(String joint, int x, int y) {
    }

    /** A finger: a line from its knuckle to its tip. */
    public record Finger(int x1, int y1, int x2, int y2) {
    }

    /** One hand: its side's label, its palm and fingers, and its joints. */
    public record Hand(String labelKey, int labelX, int labelY, int palmX, int palmY, int palmWidth, int palmHeight,
            List<Finger> fingers, List<Spot> spots) {
    }

    /** Rows of the turned hand, top to bottom: thumb, index, middle, ring, little finger. */
    private static final int[] FINGER_Y = {64, 116, 166, 216, 266};
    /** How far each finger reaches from the hand's outer edge, thumb first. */
    private static final int[] TIP_X = {26, 14, 12, 14, 24};
    private static final int PIP_X = 36;
    private static final int MCP_X = 86;
    private static final int PALM_WIDTH = 34;

    /** The body, on our left half; the patient's left side is its mirror image. */
    private static final int SHOULDER_X = 156, SHOULDER_Y = 86;
    private static final int ELBOW_X = 146, ELBOW_Y = 144;
    private static final int WRIST_X = 142, WRIST_Y = 202;
    private static final int HIP_X = 166, HIP_Y = 206;
    private static final int KNEE_X = 154, KNEE_Y = 262;
    private static final int FOOT_X = 152, FOOT_Y = 300;
    public static final int HEAD_X = WIDTH / 2, HEAD_Y = 38, HEAD_R = 22;

    private static final List<Spot> BODY = List.of(
            new Spot("shoulder_right", SHOULDER_X, SHOULDER_Y), new Spot("shoulder_left", mirror(SHOULDER_X), SHOULDER_Y),
            new Spot("elbow_right", ELBOW_X, ELBOW_Y), new Spot("elbow_left", mirror(ELBOW_X), ELBOW_Y),
            new Spot("wrist_right", WRIST_X, WRIST_Y), new Spot("wrist_left", mirror(WRIST_X), WRIST_Y),
            new Spot("knee_right", KNEE_X, KNEE_Y), new Spot("knee_left", mirror(KNEE_X), KNEE_Y));

    private JointPicture() {
    }

    public static List<Spot> body() {
        return BODY;
    }

    /** The body's outline as SVG path data: trunk, arms and legs (the head is a circle). */
    public static List<String> outline() {
        List<String> paths = new ArrayList<>();
        paths.add(path(SHOULDER_X, SHOULDER_Y, mirror(SHOULDER_X), SHOULDER_Y, mirror(HIP_X) + 4, HIP_Y, HIP_X - 4, HIP_Y)
                + " Z");
        for (boolean right : List.of(true, false)) {
            paths.add(path(side(SHOULDER_X, right), SHOULDER_Y, side(ELBOW_X, right), ELBOW_Y, side(WRIST_X, right),
                    WRIST_Y));
            paths.add(path(side(HIP_X, right), HIP_Y, side(KNEE_X, right), KNEE_Y, side(FOOT_X, right), FOOT_Y));
        }
        return paths;
    }

    public static List<Hand> hands() {
        return List.of(hand("right", true), hand("left", false));
    }

    /**
     * A hand turned outwards: the patient's right hand on our left with its fingers pointing left,
     * the left hand its mirror image. Knuckles (MCP) sit on the palm's outer edge, the middle
     * joints (PIP, for the thumb its IP joint) further out along each finger.
     */
    private static Hand hand(String side, boolean right) {
        List<Spot> spots = new ArrayList<>();
        List<Finger> fingers = new ArrayList<>();
        for (int i = 0; i < FINGER_Y.length; i++) {
            int finger = i + 1;
            int y = FINGER_Y[i];
            spots.add(new Spot("mcp" + finger + "_" + side, side(MCP_X, right), y));
            spots.add(new Spot("pip" + finger + "_" + side, side(PIP_X, right), y));
            fingers.add(new Finger(side(MCP_X, right), y, side(TIP_X[i], right), y));
        }
        // the thumb grows from the palm's upper corner
        fingers.add(new Finger(side(MCP_X + PALM_WIDTH / 2, right), FINGER_Y[1] - 16, side(MCP_X, right), FINGER_Y[0]));
        int palmX = right ? MCP_X : mirror(MCP_X) - PALM_WIDTH;
        int palmY = FINGER_Y[1] - 20;
        int palmHeight = FINGER_Y[4] + 20 - palmY;
        int labelX = (right ? PIP_X + MCP_X : mirror(PIP_X) + mirror(MCP_X)) / 2;
        return new Hand("screening.joints." + side + "_short", labelX, 24, palmX, palmY, PALM_WIDTH, palmHeight,
                fingers, spots);
    }

    private static int mirror(int x) {
        return WIDTH - x;
    }

    private static int side(int x, boolean right) {
        return right ? x : mirror(x);
    }

    private static String path(int... xy) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            d.append(i == 0 ? "M" : " L").append(xy[i]).append(' ').append(xy[i + 1]);
        }
        return d.toString();
    }
}
