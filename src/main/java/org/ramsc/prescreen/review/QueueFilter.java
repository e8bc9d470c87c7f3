package org.ramsc.prescreen.review;

import jakarta.ws.rs.BadRequestException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.rules.Outcome;
import org.ramsc.prescreen.rules.RuleSet;
import org.ramsc.prescreen.submission.SubmissionStatus;

/**
 * The staff queue's filters, as they travel in the URL of the GET form, so that a filtered view
 * can be bookmarked, shared and exported. Every field is optional; a blank value means "any".
 * The submission's language travels as {@code language=}: {@code lang=} picks the page language.
 *
 * @param query a reference code (any case, spaces and dashes ignored) or part of a name
 */
public record QueueFilter(
        Outcome outcome,
        SubmissionStatus status,
        String rule,
        Lang lang,
        LocalDate from,
        LocalDate to,
        String query) {

    public static final int MAX_QUERY_LENGTH = 100;

    public static QueueFilter none() {
        return new QueueFilter(null, null, null, null, null, null, null);
    }

    /** Reads the form; a value no form offers is tampering and answers 400. */
    public static QueueFilter parse(String outcome, String status, String rule, String lang, String from, String to,
            String query) {
        return new QueueFilter(
                blank(outcome) ? null : Arrays.stream(Outcome.values()).filter(o -> o.name().equals(outcome))
                        .findFirst().orElseThrow(BadRequestException::new),
                blank(status) ? null : SubmissionStatus.fromCode(status).orElseThrow(BadRequestException::new),
                blank(rule) ? null : valid(rule, RuleSet.standard().rule(rule).isPresent()),
                blank(lang) ? null : Arrays.stream(Lang.values()).filter(l -> l.tag().equals(lang)).findFirst()
                        .orElseThrow(BadRequestException::new),
                date(from),
                date(to),
                blank(query) ? null : valid(query.strip(), query.strip().length() <= MAX_QUERY_LENGTH));
    }

    public Optional<String> queryText() {
        return Optional.ofNullable(query);
    }

    /** The filters as URL parameters, without a leading {@code ?}; empty when none is set. */
    public String toQueryString() {
        return params().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A path with these filters, and more parameters after them. */
    public String href(String path, String... extra) {
        List<String> parts = new ArrayList<>();
        String filters = toQueryString();
        if (!filters.isEmpty()) {
            parts.add(filters);
        }
        parts.addAll(Arrays.asList(extra));
        return parts.isEmpty() ? path : path + "?" + String.join("&", parts);
    }

    /**
     * What the audit trail records about an export: which filters were set, but never the search
     * text, which may be a patient's name.
     */
    public String auditSummary() {
        Map<String, String> params = params();
        if (params.containsKey("q")) {
            params.put("q", "(set)");
        }
        return params.isEmpty() ? "filters=none"
                : params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    /** New submissions are listed oldest first: who has waited longest comes first. */
    public boolean oldestFirst() {
        return status == SubmissionStatus.NEW;
    }

    public boolean isEmpty() {
        return params().isEmpty();
    }

    private Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        if (outcome != null) {
            params.put("outcome", outcome.name());
        }
        if (status != null) {
            params.put("status", status.code());
        }
        if (rule != null) {
            params.put("rule", rule);
        }
        if (lang != null) {
            params.put("language", lang.tag());
        }
        if (from != null) {
            params.put("from", from.toString());
        }
        if (to != null) {
            params.put("to", to.toString());
        }
        if (query != null) {
            params.put("q", query);
        }
        return params;
    }

    private static LocalDate date(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException();
        }
    }

    private static String valid(String value, boolean ok) {
        if (!ok) {
            throw new BadRequestException();
        }
        return value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
