package org.ramsc.prescreen.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/** The joint picture's geometry for templates ({@code inject:jointPicture}); computed once. */
@Named("jointPicture")
@ApplicationScoped
public class JointPictureView {

    private final List<JointPicture.Hand> hands = JointPicture.hands();
    private final List<JointPicture.Spot> spots = allSpots();
    private final List<String> outline = JointPicture.outline();

    public int width() {
        return JointPicture.WIDTH;
    }

    public int height() {
        return JointPicture.HEIGHT;
    }

    public int hitRadius() {
        return JointPicture.HIT_RADIUS;
    }

    public int headX() {
        return JointPicture.HEAD_X;
    }

    public int headY() {
        return JointPicture.HEAD_Y;
    }

    public int headRadius() {
        return JointPicture.HEAD_R;
    }

    /** The trunk, arms and legs as SVG path data. */
    public List<String> outline() {
        return outline;
    }

    public List<JointPicture.Hand> hands() {
        return hands;
    }

    public List<JointPicture.Spot> spots() {
        return spots;
    }

    private List<JointPicture.Spot> allSpots() {
        List<JointPicture.Spot> all = new ArrayList<>(JointPicture.body());
        hands.forEach(hand -> all.addAll(hand.spots()));
        return List.copyOf(all);
    }
}
