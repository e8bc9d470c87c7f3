package org.ramsc.prescreen.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.ramsc.prescreen.security.AuditLog;
import org.ramsc.prescreen.security.AuditSearch;

/**
 * The audit page's filters as typed into the URL: kept as entered to fill the form again, and
 * parsed into a {@link AuditSearch.Filter}. All of it lives in the URL, so a filtered view can be
 * bookmarked or sent to a colleague.
 */
public record AuditQuery(String action, String actor, String target, String from, String to) {

    static AuditQuery of(String action, String actor, String target, String from, String to) {
        return new AuditQuery(clean(action), clean(actor), clean(target), clean(from), clean(to));
    }

    /** Field name → message key for what cannot be read. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate fromDay = date(from, "from", problems);
        LocalDate toDay = date(to, "to", problems);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            problems.put("to", "admin.audit.date.order");
        }
        if (!action.isEmpty() && !AuditLog.ACTIONS.contains(action)) {
            problems.put("action", "admin.audit.action.unknown");
        }
        return problems;
    }

    /** Only for a query without problems. */
    AuditSearch.Filter filter(AdminTime time) {
        return new AuditSearch.Filter(blankToNull(action), blankToNull(actor), blankToNull(target),
                from.isEmpty() ? null : time.startOf(LocalDate.parse(from)),
                to.isEmpty() ? null : time.startOf(LocalDate.parse(to).plusDays(1)));
    }

    public boolean any() {
        return !(action + actor + target + from + to).isEmpty();
    }

    public boolean is(String candidate) {
        return action.equals(candidate);
    }

    /** This query in a URL, with one more parameter for paging (or none). */
    public String link(String pageParam, Long id) {
        StringJoiner query = new StringJoiner("&");
        param(query, "action", action);
        param(query, "actor", actor);
        param(query, "target", target);
        param(query, "from", from);
        param(query, "to", to);
        if (pageParam != null && id != null) {
            param(query, pageParam, id.toString());
        }
        return "/admin/audit" + (query.length() == 0 ? "" : "?" + query);
    }

    private static void param(StringJoiner query, String name, String value) {
        if (!value.isEmpty()) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static LocalDate date(String value, String field, Map<String, String> problems) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.put(field, "admin.audit.date.invalid");
            return null;
        }
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
