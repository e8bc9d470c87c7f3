package org.ramsc.prescreen.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The three languages the app speaks, with the BCP 47 tags used in URLs, cookies and {@code lang}. */
public enum Lang {
    ZH_HANS("zh-Hans", "简体中文"),
    ZH_HANT("zh-Hant", "繁體中文"),
    EN("en", "English");

    public static final Lang DEFAULT = EN;

    private final String tag;
    private final String nativeName;

    Lang(String tag, String nativeName) {
        this.tag = tag;
        this.nativeName = nativeName;
    }

    public String tag() {
        return tag;
    }

    public String nativeName() {
        return nativeName;
    }

    /** The suffix of this language's message files, e.g. {@code _zh_Hans}; English is the base file. */
    String bundleSuffix() {
        return this == EN ? "" : "_" + tag.replace('-', '_');
    }

    /** Reads one tag, as given in {@code ?lang=} or the cookie; regional Chinese tags map to a script. */
    public static Optional<Lang> fromTag(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return Optional.empty();
        }
        Locale locale = Locale.forLanguageTag(tag.strip().replace('_', '-'));
        return fromLocale(locale);
    }

    /**
     * Browsers send a handful of distinct headers, and parsing one with the JDK's locale matcher is
     * costly enough to show in a profile of every page, so the answers are remembered (bounded).
     */
    private static final Map<String, Optional<Lang>> ACCEPT_LANGUAGE_SEEN = new ConcurrentHashMap<>();
    private static final int ACCEPT_LANGUAGE_SEEN_MAX = 512;

    /** The first supported language in an {@code Accept-Language} header, by the sender's weights. */
    public static Optional<Lang> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > 500) {
            return Optional.empty();
        }
        Optional<Lang> known = ACCEPT_LANGUAGE_SEEN.get(header);
        if (known != null) {
            return known;
        }
        if (ACCEPT_LANGUAGE_SEEN.size() >= ACCEPT_LANGUAGE_SEEN_MAX) {
            ACCEPT_LANGUAGE_SEEN.clear();
        }
        Optional<Lang> parsed = parseAcceptLanguage(header);
        ACCEPT_LANGUAGE_SEEN.put(header, parsed);
        return parsed;
    }

    private static Optional<Lang> parseAcceptLanguage(String header) {
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                Optional<Lang> lang = fromLocale(Locale.forLanguageTag(range.getRange()));
                if (lang.isPresent()) {
                    return lang;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<Lang> fromLocale(Locale locale) {
        String language = locale.getLanguage();
        if (language.equals("en")) {
            return Optional.of(EN);
        }
        if (!language.equals("zh")) {
            return Optional.empty();
        }
        String script = locale.getScript();
        if (script.equalsIgnoreCase("Hant")) {
            return Optional.of(ZH_HANT);
        }
        if (script.equalsIgnoreCase("Hans")) {
            return Optional.of(ZH_HANS);
        }
        return Optional.of(List.of("TW", "HK", "MO").contains(locale.getCountry()) ? ZH_HANT : ZH_HANS);
    }
}
