package org.ramsc.prescreen.admin;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ramsc.prescreen.i18n.Lang;

/**
 * The editor form: a question and a Markdown answer for each of the three languages, all required,
 * since the public page shows every entry in every language. Field names are
 * {@code question_<tag>} and {@code answer_<tag>} with the tag's dash as an underscore.
 */
public record FaqForm(Map<Lang, FaqText> texts, Map<String, String> errors) {

    public static final int MAX_QUESTION = 300;
    public static final int MAX_ANSWER = 20_000;

    public static String questionField(Lang lang) {
        return "question_" + lang.tag().replace('-', '_');
    }

    public static String answerField(Lang lang) {
        return "answer_" + lang.tag().replace('-', '_');
    }

    public static FaqForm read(MultivaluedMap<String, String> form) {
        Map<Lang, FaqText> texts = new EnumMap<>(Lang.class);
        Map<String, String> errors = new LinkedHashMap<>();
        for (Lang lang : Lang.values()) {
            String question = value(form, questionField(lang));
            String answer = value(form, answerField(lang));
            texts.put(lang, new FaqText(question, answer));
            check(errors, questionField(lang), question, MAX_QUESTION);
            check(errors, answerField(lang), answer, MAX_ANSWER);
        }
        return new FaqForm(texts, errors);
    }

    public static FaqForm of(Map<Lang, FaqText> texts) {
        return new FaqForm(texts, Map.of());
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    private static void check(Map<String, String> errors, String field, String value, int max) {
        if (value.isBlank()) {
            errors.put(field, "faq.admin.error.required");
        } else if (value.length() > max) {
            errors.put(field, "faq.admin.error.too_long");
        }
    }

    private static String value(MultivaluedMap<String, String> form, String field) {
        String value = form.getFirst(field);
        // browsers send CRLF in textareas; store one kind of line end
        return value == null ? "" : value.replace("\r\n", "\n").strip();
    }
}
