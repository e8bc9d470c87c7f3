package org.ramsc.prescreen.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.ramsc.prescreen.api.fhir.SubmissionFhirMapper;
import org.ramsc.prescreen.api.fhir.SubmissionView;
import org.ramsc.prescreen.rules.Outcome;
import org.ramsc.prescreen.security.Actor;
import org.ramsc.prescreen.security.AuditLog;
import org.ramsc.prescreen.submission.AnswersJson;
import org.ramsc.prescreen.submission.RuleResultsJson;
import org.ramsc.prescreen.submission.Submission;

/**
 * Submissions as FHIR: one QuestionnaireResponse, or a Bundle of every submission a filter selects.
 * The Bundle is streamed: its envelope is written here and each entry's resource comes from the
 * mapper as soon as its row is read, so the export's memory does not grow with the table. Audited
 * like the CSV export.
 */
@ApplicationScoped
public class FhirExportService {

    @Inject SubmissionQueries queries;
    @Inject SubmissionFhirMapper mapper;
    @Inject AuditLog audit;

    /** The QuestionnaireResponse of one submission as FHIR JSON; empty when there is no such submission. */
    @Transactional
    public Optional<String> questionnaireResponse(UUID id, Actor actor) {
        return Submission.<Submission>findByIdOptional(id).map(s -> {
            audit.recordShown(actor.name(), AuditLog.SUBMISSION_EXPORTED, id.toString(), "format=fhir",
                    actor.address(), java.util.List.of(id));
            return mapper.toJson(mapper.toResponse(view(s)));
        });
    }

    /** A FHIR Bundle (type collection) with one QuestionnaireResponse per matching submission, newest first. */
    @Transactional
    public void writeBundle(QueueFilter filter, Actor actor, OutputStream target) throws IOException {
        // like the CSV export: the audit row names every submission sent, in its own transaction at the end
        java.util.List<UUID> sent = new java.util.ArrayList<>();
        try {
            writeBundle(filter, target, sent);
        } finally {
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> audit.recordShown(actor.name(),
                    AuditLog.SUBMISSION_EXPORTED, null, "format=fhir " + filter.auditSummary(), actor.address(), sent));
        }
    }

    private void writeBundle(QueueFilter filter, OutputStream target, java.util.List<UUID> sent) throws IOException {
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8), 1 << 16);
        out.write("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[");
        boolean[] first = {true};
        try {
            queries.forEachMatching(filter, row -> {
                try {
                    if (!first[0]) {
                        out.write(',');
                    }
                    first[0] = false;
                    out.write("{\"fullUrl\":\"urn:uuid:" + row.id() + "\",\"resource\":");
                    out.write(mapper.toJson(mapper.toResponse(view(row))));
                    out.write('}');
                    sent.add(row.id());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.write("]}");
        out.flush();
    }

    static SubmissionView view(Submission s) {
        return new SubmissionView(s.id, s.referenceCode, s.questionnaireVersion, s.rulesetVersion, s.lang,
                AnswersJson.read(s.answers), Outcome.valueOf(s.outcome), RuleResultsJson.read(s.ruleResults),
                s.createdAt);
    }

    static SubmissionView view(SubmissionQueries.ExportRow row) {
        return new SubmissionView(row.id(), row.referenceCode(), row.questionnaireVersion(), row.rulesetVersion(),
                row.lang(), AnswersJson.read(row.answersJson()), Outcome.valueOf(row.outcome()),
                RuleResultsJson.read(row.ruleResultsJson()), row.createdAt());
    }
}
