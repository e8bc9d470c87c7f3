package org.ramsc.prescreen.review;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ramsc.prescreen.questionnaire.Answers;
import org.ramsc.prescreen.questionnaire.Item;
import org.ramsc.prescreen.questionnaire.Questionnaire;
import org.ramsc.prescreen.rules.RuleResult;
import org.ramsc.prescreen.rules.RuleSet;
import org.ramsc.prescreen.security.Actor;
import org.ramsc.prescreen.security.AuditLog;
import org.ramsc.prescreen.submission.AnswersJson;
import org.ramsc.prescreen.submission.RuleResultsJson;

/**
 * Filtered exports of the submissions. Rows are streamed from the database to the response, so an
 * export of the whole table needs no more memory than one of ten rows. Every export is audited
 * with its filters, never with the search text or any row's content.
 */
@ApplicationScoped
public class ExportService {

    /** Excel opens a UTF-8 file as UTF-8 only when it starts with this mark. */
    static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** One column per rule of the current set, so that a new rule gets its column. */
    static final List<String> RULE_IDS = RuleSet.standard().ids();

    @Inject SubmissionQueries queries;
    @Inject AuditLog audit;

    public static List<String> csvHeader() {
        List<String> header = new ArrayList<>(List.of("reference_code", "created_at", "status", "outcome", "lang",
                "questionnaire_version", "ruleset_version", "contact_name", "contact_phone", "contact_email",
                "contact_time"));
        Questionnaire.items().forEach(item -> header.add(item.id()));
        header.addAll(RULE_IDS);
        header.addAll(List.of("das28_esr_estimate", "das28_crp_estimate"));
        return header;
    }

    /**
     * Writes the CSV. The audit row names every submission that left, with their count, and is
     * written in a transaction of its own once the stream ends, however it ends: a client that goes
     * away mid-download (an {@link IOException}) still leaves the row naming what was already sent.
     */
    @Transactional
    public void writeCsv(QueueFilter filter, Actor actor, OutputStream target) throws IOException {
        List<UUID> sent = new ArrayList<>();
        try {
            target.write(UTF8_BOM);
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8), 1 << 16);
            Csv csv = new Csv(writer);
            csv.row(csvHeader());
            try {
                queries.forEachMatching(filter, row -> {
                    try {
                        csv.row(csvRow(row));
                        sent.add(row.id());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.flush();
        } finally {
            QuarkusTransaction.requiringNew().run(() -> audit.recordShown(actor.name(), AuditLog.SUBMISSION_EXPORTED,
                    null, "format=csv " + filter.auditSummary(), actor.address(), sent));
        }
    }

    static List<String> csvRow(SubmissionQueries.ExportRow row) {
        List<String> cells = new ArrayList<>(List.of(row.referenceCode(), row.createdAt().toString(), row.status(),
                row.outcome(), row.lang(), row.questionnaireVersion(), row.rulesetVersion(), row.contactName()));
        cells.add(row.contactPhone());
        cells.add(row.contactEmail());
        cells.add(row.contactTime());
        Answers answers = AnswersJson.read(row.answersJson());
        for (Item item : Questionnaire.items()) {
            cells.add(answerValue(answers.get(item.id())));
        }
        Map<String, String> statuses = new HashMap<>();
        for (RuleResult result : RuleResultsJson.read(row.ruleResultsJson())) {
            statuses.put(result.ruleId(), result.status().name());
        }
        RULE_IDS.forEach(id -> cells.add(statuses.get(id)));
        cells.add(plain(row.das28EsrEstimate()));
        cells.add(plain(row.das28CrpEstimate()));
        return cells;
    }

    /** Codes as stored, lists joined with "|", so that the file reads back without guessing. */
    private static String answerValue(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Object::toString).collect(Collectors.joining("|"));
        }
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
