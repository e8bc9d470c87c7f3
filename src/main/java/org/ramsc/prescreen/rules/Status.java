package org.ramsc.prescreen.rules;

/** What one rule says about the answers. Declared in the order the result page lists them. */
public enum Status {
    /** The answer points away from this therapy at present. */
    NOT_MET,
    /** Uncertain, or needs a doctor's examination or tests. */
    REVIEW,
    /** Not blocking, but needs careful, doctor-guided evaluation. */
    CAUTION,
    /** The answer fits what the sources describe. */
    MEETS,
    /** Context only; never affects the outcome. */
    INFO
}
