package org.ramsc.prescreen.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the audit trail for the admin page: newest first, one page at a time by id (keyset
 * pagination: stable while new rows arrive, and as fast on the last page as on the first).
 */
@ApplicationScoped
public class AuditSearch {

    public static final int PAGE_SIZE = 100;

    /** What to look for; null fields do not filter. {@code from} is inclusive, {@code until} exclusive. */
    public record Filter(String action, String actor, String targetId, Instant from, Instant until) {
    }

    /** One page, newest first; {@code newer}/{@code older} are the ids to page on from, null at either end. */
    public record Result(List<AuditEvent> events, Long newer, Long older) {
    }

    /**
     * The page of events just below id {@code before}, or just above id {@code after}, or the
     * newest page when neither is given.
     */
    @Transactional
    public Result page(Filter filter, Long before, Long after) {
        List<AuditEvent> rows;
        if (before == null && after != null) {
            rows = new ArrayList<>(find(filter, "id > :id order by id asc", after));
            Collections.reverse(rows);
        } else {
            rows = find(filter, before == null ? "1 = 1 order by id desc" : "id < :id order by id desc", before);
        }
        if (rows.isEmpty()) {
            return new Result(List.of(), null, null);
        }
        Long first = rows.get(0).id;
        Long last = rows.get(rows.size() - 1).id;
        return new Result(List.copyOf(rows),
                exists(filter, "id > :id", first) ? first : null,
                exists(filter, "id < :id", last) ? last : null);
    }

    private static List<AuditEvent> find(Filter filter, String condition, Long id) {
        Map<String, Object> params = new HashMap<>();
        String query = where(filter, params) + " and " + condition;
        if (id != null) {
            params.put("id", id);
        }
        return AuditEvent.<AuditEvent>find(query, params).range(0, PAGE_SIZE - 1).list();
    }

    private static boolean exists(Filter filter, String condition, Long id) {
        Map<String, Object> params = new HashMap<>();
        String query = where(filter, params) + " and " + condition;
        params.put("id", id);
        return AuditEvent.find(query, params).firstResultOptional().isPresent();
    }

    private static String where(Filter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("1 = 1");
        add(where, params, "action", "action = :action", filter.action());
        add(where, params, "actor", "actor = :actor", filter.actor());
        add(where, params, "targetId", "targetId = :targetId", filter.targetId());
        add(where, params, "from", "occurredAt >= :from", filter.from());
        add(where, params, "until", "occurredAt < :until", filter.until());
        return where.toString();
    }

    private static void add(StringBuilder where, Map<String, Object> params, String name, String condition,
            Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            params.put(name, value);
        }
    }
}
