package org.ramsc.prescreen.rules;

/** The one-line answer of a screening. Never "eligible": at most, a candidate to discuss. */
public enum Outcome {
    DISCUSS,
    DISCUSS_AFTER_REVIEW,
    NOT_SUITABLE_NOW
}
