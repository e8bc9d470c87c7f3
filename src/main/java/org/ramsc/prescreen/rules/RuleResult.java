package org.ramsc.prescreen.rules;

/**
 * One rule's verdict. {@code reasonKey} is the full message-bundle key of the sentence that
 * explains it to the patient, e.g. {@code rules.R04.reason.too_short}.
 */
public record RuleResult(String ruleId, Status status, String reasonKey) {
}
