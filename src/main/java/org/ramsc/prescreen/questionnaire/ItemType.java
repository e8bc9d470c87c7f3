package org.ramsc.prescreen.questionnaire;

/** The kinds of answer an item takes; each maps to one Java value type in {@link Answers}. */
public enum ItemType {
    /** {@link Integer}. */
    INTEGER,
    /** {@link java.math.BigDecimal}. */
    DECIMAL,
    /** One code, as a {@link String}. */
    CODE,
    /** A list of distinct codes, possibly empty. */
    CODES,
    /** {@link Boolean}. */
    BOOLEAN;

    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL;
    }
}
