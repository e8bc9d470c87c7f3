package org.ramsc.prescreen.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The text shown to people, from {@code messages/<bundle>[_zh_Hans|_zh_Hant].properties} (UTF-8).
 * Keys read {@code <feature>.<page>.<what>}; placeholders are named, {@code {min}}, so that
 * apostrophes in English need no escaping. A test checks that every language has every key.
 */
public final class Messages {

    /** One bundle per feature, so that the files stay small enough to review side by side. */
    public static final List<String> BUNDLES = List.of(
            "msg", "questions", "rules", "content", "faq", "security", "review", "admin", "extras");

    private static final Messages INSTANCE = load();

    private final Map<Lang, Map<String, String>> texts;

    private Messages(Map<Lang, Map<String, String>> texts) {
        this.texts = texts;
    }

    public static Messages get() {
        return INSTANCE;
    }

    public String text(Lang lang, String key) {
        String text = texts.get(lang).get(key);
        if (text == null && lang != Lang.DEFAULT) {
            text = texts.get(Lang.DEFAULT).get(key);
        }
        return text == null ? key : text;
    }

    public boolean has(Lang lang, String key) {
        return texts.get(lang).containsKey(key);
    }

    public String text(Lang lang, String key, Map<String, ?> args) {
        String text = text(lang, key);
        if (args.isEmpty() || text.indexOf('{') < 0) {
            return text;
        }
        StringBuilder filled = new StringBuilder(text.length() + 16);
        int at = 0;
        while (at < text.length()) {
            int open = text.indexOf('{', at);
            int close = open < 0 ? -1 : text.indexOf('}', open);
            if (open < 0 || close < 0) {
                filled.append(text, at, text.length());
                break;
            }
            filled.append(text, at, open);
            String name = text.substring(open + 1, close);
            Object value = args.get(name);
            filled.append(value != null ? value.toString() : text.substring(open, close + 1));
            at = close + 1;
        }
        return filled.toString();
    }

    public Set<String> keys(Lang lang) {
        return Collections.unmodifiableSet(texts.get(lang).keySet());
    }

    private static Messages load() {
        Map<Lang, Map<String, String>> texts = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            Map<String, String> all = new HashMap<>();
            for (String bundle : BUNDLES) {
                String path = "messages/" + bundle + lang.bundleSuffix() + ".properties";
                Properties properties = read(path);
                properties.stringPropertyNames().forEach(key -> all.put(key, properties.getProperty(key)));
            }
            texts.put(lang, Map.copyOf(all));
        }
        return new Messages(texts);
    }

    private static Properties read(String path) {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(path)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return properties;
    }
}
