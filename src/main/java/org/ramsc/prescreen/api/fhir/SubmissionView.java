package org.ramsc.prescreen.api.fhir;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.ramsc.prescreen.questionnaire.Answers;
import org.ramsc.prescreen.rules.Outcome;
import org.ramsc.prescreen.rules.RuleResult;

/**
 * What a FHIR export needs of a stored submission. Contact details are deliberately absent: the
 * export carries the screening, and who to call stays in the staff pages.
 *
 * @param lang the BCP 47 tag of the language the patient answered in, e.g. {@code zh-Hans}
 */
public record SubmissionView(
        UUID id,
        String referenceCode,
        String questionnaireVersion,
        String rulesetVersion,
        String lang,
        Answers answers,
        Outcome outcome,
        List<RuleResult> ruleResults,
        Instant createdAt) {

    public SubmissionView {
        ruleResults = List.copyOf(ruleResults);
    }
}
