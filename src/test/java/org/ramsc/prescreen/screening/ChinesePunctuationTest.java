package org.ramsc.prescreen.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Chinese pages use full-width punctuation: every page a patient or staff member can reach in
 * Chinese is rendered, and its visible text may not hold an ASCII colon or parenthesis next to a
 * Chinese character. Such punctuation belongs in the message of each language, not in a template.
 */
@QuarkusTest
class ChinesePunctuationTest {

    private static final Pattern INVISIBLE = Pattern.compile(
            "(?is)<script\\b.*?</script>|<style\\b.*?</style>|<!--.*?-->|<head\\b.*?</head>");
    /** Inline tags vanish, so that "<strong>标题</strong>: …" reads as it looks. */
    private static final Pattern INLINE_TAG = Pattern.compile(
            "(?i)</?(a|abbr|b|bdi|code|em|i|kbd|label|mark|small|span|strong|sub|sup|time)\\b[^>]*>");
    /** Block tags separate texts that never stand next to each other on screen. */
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

    /** The visible text of a page: no tags, attribute values, scripts, styles, URLs or entities. */
    static String visibleText(String html) {
        String text = INVISIBLE.matcher(html).replaceAll("\n");
        text = INLINE_TAG.matcher(text).replaceAll("");
        text = TAG.matcher(text).replaceAll("\n");
        Matcher entity = NUMERIC_ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (entity.find()) {
            int code = Integer.parseInt(entity.group(2), entity.group(1).isEmpty() ? 10 : 16);
            entity.appendReplacement(decoded, Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        entity.appendTail(decoded);
        text = decoded.toString().replace("&nbsp;", " ").replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
        return URL.matcher(text).replaceAll(" ");
    }

    /** ASCII ':', '(' or ')' whose neighbour, across at most one space, is Chinese. */
    static List<String> halfWidthNextToChinese(String text) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ':' && c != '(' && c != ')') {
                continue;
            }
            if (isChinese(neighbour(text, i, -1)) || isChinese(neighbour(text, i, +1))) {
                found.add("…" + text.substring(Math.max(0, i - 12), Math.min(text.length(), i + 13))
                        .replace('\n', '⏎') + "…");
            }
        }
        return found;
    }

    private static int neighbour(String text, int at, int step) {
        int i = at + step;
        if (i >= 0 && i < text.length() && text.charAt(i) == ' ') {
            i += step;
        }
        return i >= 0 && i < text.length() ? text.charAt(i) : -1;
    }

    private static boolean isChinese(int c) {
        if (c < 0) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN
                || (c >= 0x3000 && c <= 0x303F) // CJK punctuation
                || (c >= 0xFF00 && c <= 0xFFEF); // full-width forms
    }

    /** Every page, in the order a patient meets them, keyed by a name for the report. */
    static Map<String, String> everyPage(String lang) {
        Map<String, String> pages = new LinkedHashMap<>();
        Browser visitor = new Browser().acceptLanguage(lang);
        pages.put("landing", ok(visitor.get("/")));
        pages.put("faq", ok(visitor.get("/faq")));
        pages.put("evidence", ok(visitor.get("/evidence")));
        pages.put("login", ok(visitor.get("/login")));
        pages.put("login failed", ok(visitor.get("/login?error=1")));

        Map<String, StepForms> outcomes = new LinkedHashMap<>();
        outcomes.put("DISCUSS", StepForms.example1().with(5, "lungDisease", "yes").with(2, "esr", "30"));
        outcomes.put("DISCUSS_AFTER_REVIEW", StepForms.example1().with(2, "scoreKnown", "none")
                .without(2, "scoreValue").with(2, "swollenJoints", "knee_left").with(3, "steroidCurrent", "yes")
                .with(3, "steroidDoseMg", "12").with(3, "steroidCannotTaper", "unsure"));
        outcomes.put("NOT_SUITABLE_NOW", StepForms.example1().with(4, "jointFused", "yes")
                .with(5, "infectionNow", "yes"));
        boolean first = true;
        for (Map.Entry<String, StepForms> outcome : outcomes.entrySet()) {
            Browser patient = new Browser().acceptLanguage(lang);
            StepForms forms = outcome.getValue();
            for (int n = 1; n <= 6; n++) {
                String step = ok(patient.get("/screening/step/" + n));
                if (first) {
                    pages.put("step " + n, step);
                }
                assertThat(patient.post("/screening/step/" + n, forms.step(n)).statusCode()).as("step " + n)
                        .isEqualTo(303);
                if (first) {
                    // the same step again, now with the answers and the questions their "when" opened
                    pages.put("step " + n + " filled", ok(patient.get("/screening/step/" + n)));
                }
            }
            if (first) {
                Response invalid = patient.post("/screening/step/1", StepForms.fields("age", "130"));
                pages.put("step 1 with errors", invalid.asString());
            }
            pages.put("review " + outcome.getKey(), ok(patient.get("/screening/review")));
            assertThat(patient.post("/screening/review", List.of()).statusCode()).isEqualTo(303);
            String result = ok(patient.get("/screening/result"));
            assertThat(result).contains("data-outcome=\"" + outcome.getKey() + "\"");
            pages.put("result " + outcome.getKey(), result);
            if (first) {
                pages.put("send", ok(patient.get("/screening/send")));
                Response refused = patient.post("/screening/send", StepForms.fields("name", "", "phone", "12"));
                pages.put("send with errors", refused.asString());
                patient.get("/screening/send");
                assertThat(patient.post("/screening/send", StepForms.fields("consent", "yes", "name", "王小明",
                        "phone", "+86 138 0013 8000", "contactTime", "any")).statusCode()).isEqualTo(303);
                pages.put("sent", ok(patient.get("/screening/sent")));
            }
            first = false;
        }
        pages.put("not found", visitor.get("/no-such-page").asString());
        return pages;
    }

    private static String ok(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return response.asString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-Hans", "zh-Hant"})
    void noChinesePageShowsHalfWidthColonsOrParenthesesNextToChinese(String lang) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        everyPage(lang).forEach((page, html) -> {
            assertThat(html).as(page).contains("<html lang=\"" + lang + "\"");
            List<String> found = halfWidthNextToChinese(visibleText(html));
            if (!found.isEmpty()) {
                problems.put(page, found);
            }
        });
        assertThat(problems).as(lang).isEmpty();
    }

    @Test
    void theCheckSeesWhatTheTemplatesUsedToWrite() {
        String html = "<li><strong>肺部疾病</strong>: 您提到</li><p class=\"source\">依据:\n <span lang=\"en\">"
                + "<a href=\"https://doi.org/x\">Yang</a></span></p><li><strong>DAS28-ESR: 4.83</strong> (中度)</li>";

        assertThat(halfWidthNextToChinese(visibleText(html))).hasSize(4);
    }

    @Test
    void theCheckLeavesAttributesUrlsScriptsAndLatinTextAlone() {
        String html = "<a href=\"https://example.org/a:b(c)\" title=\"标题:(x)\">链接</a>"
                + "<script>var s = '中文:';</script><p>Yang Y (2025): 16:642</p><p>依据：Yang（2025）</p>"
                + "<p>参考 https://doi.org/10.1186/s13287-025-04772-x</p>";

        assertThat(halfWidthNextToChinese(visibleText(html))).isEmpty();
    }
}
