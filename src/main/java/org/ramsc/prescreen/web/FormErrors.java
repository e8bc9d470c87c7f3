package org.ramsc.prescreen.web;

import java.util.List;
import java.util.Map;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.i18n.Messages;

/**
 * The problems of one posted form, translated, for the error summary at the top and the message
 * next to each field.
 */
public record FormErrors(List<Problem> list) {

    public record Problem(String field, String text) {
    }

    public static FormErrors none() {
        return new FormErrors(List.of());
    }

    /** {@code problems}: field name → message key. */
    public static FormErrors of(Lang lang, Map<String, String> problems) {
        return new FormErrors(problems.entrySet().stream()
                .map(entry -> new Problem(entry.getKey(), Messages.get().text(lang, entry.getValue())))
                .toList());
    }

    public boolean any() {
        return !list.isEmpty();
    }

    public boolean has(String field) {
        return list.stream().anyMatch(problem -> problem.field().equals(field));
    }

    public String text(String field) {
        return list.stream().filter(problem -> problem.field().equals(field)).map(Problem::text)
                .findFirst().orElse("");
    }
}
