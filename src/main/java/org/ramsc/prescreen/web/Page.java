package org.ramsc.prescreen.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.i18n.Messages;

/**
 * What the layout needs on every page: the language, the texts and where the page lives, so that
 * the language switcher can link to the same page in another language.
 */
public record Page(Lang lang, String path, String titleKey) {

    public String t(String key) {
        return Messages.get().text(lang, key);
    }

    public String t(String key, String name, Object value) {
        return Messages.get().text(lang, key, Map.of(name, value));
    }

    public String t(String key, String name1, Object value1, String name2, Object value2) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put(name1, value1);
        args.put(name2, value2);
        return Messages.get().text(lang, key, args);
    }

    /**
     * A text that counts: {@code key.one} for exactly one, else {@code key.other}, with {@code {n}}
     * filled in. English needs both forms; Chinese has one, written twice, with the right number.
     */
    public String plural(String key, int n) {
        return Messages.get().text(lang, key + (n == 1 ? ".one" : ".other"), Map.of("n", n));
    }

    /** The texts of several keys, in order: the column headings that {@code tags/table.html} writes. */
    public List<String> texts(String... keys) {
        return Arrays.stream(keys).map(this::t).toList();
    }

    /** The text whose key is {@code prefix + suffix}, for keys built from a code. */
    public String tOf(String prefix, Object suffix) {
        return t(prefix + suffix);
    }

    public String title() {
        return t(titleKey);
    }

    public String langTag() {
        return lang.tag();
    }

    public List<Lang> languages() {
        return List.of(Lang.values());
    }

    /** This page in another language: the switcher works without JavaScript. */
    public String pathIn(Lang other) {
        return path + "?lang=" + other.tag();
    }

    public boolean is(Lang other) {
        return lang == other;
    }
}
