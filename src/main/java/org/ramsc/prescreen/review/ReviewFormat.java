package org.ramsc.prescreen.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.i18n.Messages;
import org.ramsc.prescreen.rules.Outcome;
import org.ramsc.prescreen.rules.Status;

/**
 * How staff pages say things: times in the clinic's zone, and outcomes and statuses as a word with
 * an icon, so that nothing is told by colour alone.
 */
public final class ReviewFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Lang lang;
    private final ZoneId zone;

    public ReviewFormat(Lang lang, ZoneId zone) {
        this.lang = lang;
        this.zone = zone;
    }

    public Lang lang() {
        return lang;
    }

    public String t(String key) {
        return Messages.get().text(lang, key);
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    public String outcome(String outcome) {
        return t("review.outcome." + outcome);
    }

    public static String outcomeIcon(String outcome) {
        return switch (outcome) {
            case "DISCUSS" -> "✓";
            case "DISCUSS_AFTER_REVIEW" -> "?";
            default -> "✕";
        };
    }

    public String status(String status) {
        return t("review.status." + status);
    }

    public String ruleStatus(Status status) {
        return t("rules.status." + status.name());
    }

    public static String ruleStatusIcon(Status status) {
        return switch (status) {
            case MEETS -> "✓";
            case NOT_MET -> "✕";
            case REVIEW -> "?";
            case CAUTION -> "!";
            case INFO -> "i";
        };
    }

    /**
     * "waiting 3 days" for a submission nobody has picked up yet, in whole hours or days, with the
     * singular and plural each language needs.
     */
    public String waiting(Instant since, Instant now) {
        java.time.Duration waited = java.time.Duration.between(since, now);
        long hours = Math.max(0, waited.toHours());
        if (hours < 1) {
            return t("review.queue.waiting.lt_hour");
        }
        if (hours < 48) {
            return Messages.get().text(lang, hours == 1 ? "review.queue.waiting.hour" : "review.queue.waiting.hours",
                    java.util.Map.of("n", hours));
        }
        long days = waited.toDays();
        return Messages.get().text(lang, "review.queue.waiting.days", java.util.Map.of("n", days));
    }

    /** A preferred contact time ("morning") in the staff member's language; a dash when not given. */
    public String contactTime(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String key = "screening.send.time." + code;
        return Messages.get().has(Lang.DEFAULT, key) ? t(key) : code;
    }

    public String ruleTitle(String ruleId) {
        return t("rules." + ruleId + ".title");
    }

    public String language(String tag) {
        return Lang.fromTag(tag).map(Lang::nativeName).orElse(tag);
    }

    public String number(BigDecimal value) {
        return value == null ? t("review.detail.not_given") : value.toPlainString();
    }

    public static List<Option> outcomeOptions(ReviewFormat format, Outcome selected) {
        return Arrays.stream(Outcome.values())
                .map(o -> new Option(o.name(), format.outcome(o.name()), o == selected)).toList();
    }

    /** One choice of a select box. */
    public record Option(String value, String label, boolean selected) {
    }
}
