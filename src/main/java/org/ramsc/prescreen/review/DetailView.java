package org.ramsc.prescreen.review;

import java.util.List;
import java.util.UUID;
import org.ramsc.prescreen.questionnaire.Answers;
import org.ramsc.prescreen.rules.RuleResult;
import org.ramsc.prescreen.screening.AnswerSummary;
import org.ramsc.prescreen.submission.AnswersJson;
import org.ramsc.prescreen.submission.ReferenceCode;
import org.ramsc.prescreen.submission.RuleResultsJson;
import org.ramsc.prescreen.submission.Submission;
import org.ramsc.prescreen.submission.SubmissionStatus;

/** One submission as staff read it, in the staff member's language (not the patient's). */
public record DetailView(
        UUID id,
        String referenceCode,
        String created,
        String status,
        String statusLabel,
        String outcome,
        String outcomeLabel,
        String outcomeIcon,
        String language,
        String contactName,
        String contactPhone,
        String contactEmail,
        String contactTime,
        String questionnaireVersion,
        String rulesetVersion,
        String consentVersion,
        String das28Esr,
        String das28Crp,
        int tenderCount,
        int swollenCount,
        AnswerSummary answers,
        List<RuleView> rules,
        List<NoteView> notes,
        List<HistoryView> history,
        List<ReviewFormat.Option> nextStatuses,
        FormState form) {

    public record RuleView(String id, String title, String status, String statusLabel, String icon, String reason) {
    }

    public record NoteView(String author, String time, String body) {
    }

    public record HistoryView(String from, String to, String by, String time) {
    }

    /** What a failed POST brings back: the message and the text as entered. */
    public record FormState(String statusError, String noteError, String noteBody) {

        public static FormState clean() {
            return new FormState(null, null, "");
        }
    }

    public static DetailView of(SubmissionReviewService.SubmissionRecord record, ReviewFormat format,
            FormState form) {
        Submission s = record.submission();
        Answers answers = AnswersJson.read(s.answers);
        List<RuleView> rules = RuleResultsJson.read(s.ruleResults).stream().map(r -> rule(r, format)).toList();
        SubmissionStatus status = s.status;
        return new DetailView(
                s.id,
                ReferenceCode.grouped(s.referenceCode),
                format.time(s.createdAt),
                s.status.code(),
                format.status(s.status.code()),
                s.outcome,
                format.outcome(s.outcome),
                ReviewFormat.outcomeIcon(s.outcome),
                format.language(s.lang),
                s.contactName,
                s.contactPhone,
                s.contactEmail,
                format.contactTime(s.contactTime),
                s.questionnaireVersion,
                s.rulesetVersion,
                s.consentVersion,
                format.number(s.das28EsrEstimate),
                format.number(s.das28CrpEstimate),
                answers.codes("tenderJoints").size(),
                answers.codes("swollenJoints").size(),
                AnswerSummary.of(answers, format.lang()),
                rules,
                record.notes().stream().map(n -> new NoteView(n.author, format.time(n.createdAt), n.body)).toList(),
                record.history().stream().map(h -> new HistoryView(format.status(h.fromStatus),
                        format.status(h.toStatus), h.changedBy, format.time(h.changedAt))).toList(),
                status.allowedNext().stream()
                        .map(next -> new ReviewFormat.Option(next.code(), format.status(next.code()), false)).toList(),
                form);
    }

    static RuleView rule(RuleResult result, ReviewFormat format) {
        return new RuleView(result.ruleId(), format.ruleTitle(result.ruleId()), result.status().name(),
                format.ruleStatus(result.status()), ReviewFormat.ruleStatusIcon(result.status()),
                format.t(result.reasonKey()));
    }
}
