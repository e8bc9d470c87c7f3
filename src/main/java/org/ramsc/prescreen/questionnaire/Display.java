package org.ramsc.prescreen.questionnaire;

/**
 * How the wizard asks an item, stated in the definition rather than guessed from its range: the
 * FHIR Questionnaire and the pages read the same hint.
 */
public enum Display {
    /** A field to type a number in. */
    NUMBER,
    /** A row of boxes, one per whole number, each showing its number (0–10). */
    SCALE,
    /** One choice per whole number, each with words of its own (the function levels 1–4). */
    LABELLED_SCALE,
    /** One choice of several: yes, no, not sure. */
    CHOICE,
    /** Any of several: ticks. */
    CHECKBOXES,
    /** Any of the body's joints, on a picture and as grouped ticks. */
    BODY_MAP
}
