package org.ramsc.prescreen.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.i18n.Messages;

/** Every text a result page can need exists in every language, and none of it says "eligible". */
class RuleTextsTest {

    private static final Messages MESSAGES = Messages.get();

    /** Every key the result page or the API can look up for the standard rule set. */
    static List<String> requiredKeys() {
        List<String> keys = new ArrayList<>();
        for (Rule rule : RuleSet.standard().rules()) {
            List<RuleResult> possible = ((DecisionTable) rule).possibleResults();
            keys.add("rules." + rule.id() + ".title");
            possible.forEach(result -> keys.add(result.reasonKey()));
            if (possible.stream().anyMatch(r -> r.status() == Status.REVIEW || r.status() == Status.CAUTION)) {
                keys.add("rules." + rule.id() + ".bring");
            }
        }
        Stream.of(Status.values()).forEach(status -> keys.add("rules.status." + status));
        for (Outcome outcome : Outcome.values()) {
            keys.add("rules.outcome." + outcome + ".headline");
            keys.add("rules.outcome." + outcome + ".next");
        }
        Stream.of(Das28Band.values()).forEach(band -> keys.add(band.messageKey()));
        keys.addAll(List.of("rules.das28.estimate.label", "rules.disclaimer", "rules.bring.heading", "rules.sources.heading"));
        return keys;
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void everyRuleTextExistsInEveryLanguage(Lang lang) {
        assertThat(requiredKeys()).allSatisfy(key -> assertThat(MESSAGES.has(lang, key)).as(lang + " " + key).isTrue());
    }

    @Test
    void everyReasonOfEveryLineIsAmongTheRequiredKeys() {
        assertThat(requiredKeys()).contains("rules.R04.reason.too_short", "rules.R04.reason.nothing_tried",
                "rules.R04.reason.works_well", "rules.R07.bring", "rules.R13.bring");
        assertThat(requiredKeys()).doesNotContain("rules.R09.bring", "rules.R12.bring", "rules.R16.bring");
    }

    @Test
    void theThreeLanguagesHaveTheSameRuleKeys() {
        Set<String> english = ruleKeys(Lang.EN);

        assertThat(ruleKeys(Lang.ZH_HANS)).containsExactlyInAnyOrderElementsOf(english);
        assertThat(ruleKeys(Lang.ZH_HANT)).containsExactlyInAnyOrderElementsOf(english);
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void noRuleTextSaysEligibleOrQualified(Lang lang) {
        assertThat(ruleKeys(lang)).allSatisfy(key -> {
            String text = MESSAGES.text(lang, key);
            assertThat(text.toLowerCase(Locale.ROOT)).as(key).doesNotContain("eligib");
            assertThat(text).as(key).doesNotContain("合格", "资格", "資格");
        });
    }

    @Test
    void chineseTextsAreWrittenInTheirOwnScript() {
        // a few characters that differ between the scripts, so that a file mix-up shows
        String simplified = String.join("", ruleKeys(Lang.ZH_HANS).stream().map(k -> MESSAGES.text(Lang.ZH_HANS, k)).toList());
        String traditional = String.join("", ruleKeys(Lang.ZH_HANT).stream().map(k -> MESSAGES.text(Lang.ZH_HANT, k)).toList());

        assertThat(simplified).contains("类风湿", "医生", "疗法").doesNotContain("類風濕", "醫", "療");
        assertThat(traditional).contains("類風濕", "醫師", "療法").doesNotContain("类风湿", "医", "疗");
    }

    @Test
    void statusLabelsAreShortAndPlain() {
        assertThat(MESSAGES.text(Lang.EN, "rules.status.MEETS")).isEqualTo("Fits");
        assertThat(MESSAGES.text(Lang.EN, "rules.status.NOT_MET")).isEqualTo("Outside what was studied");
        assertThat(MESSAGES.text(Lang.EN, "rules.status.REVIEW")).isEqualTo("Needs your doctor's review");
    }

    @Test
    void outcomeHeadlinesSayWhatRulesMdSays() {
        assertThat(MESSAGES.text(Lang.EN, "rules.outcome.NOT_SUITABLE_NOW.headline"))
                .isEqualTo("Based on your answers, this therapy may not be suitable for you at this time.");
        assertThat(MESSAGES.text(Lang.EN, "rules.outcome.DISCUSS_AFTER_REVIEW.headline")).isEqualTo(
                "You may be a candidate to discuss MSC therapy with your rheumatologist;"
                        + " some points first need their assessment.");
        assertThat(MESSAGES.text(Lang.EN, "rules.outcome.DISCUSS.headline")).isEqualTo(
                "Based on your answers, you may be a candidate to discuss MSC therapy with your rheumatologist.");
    }

    private static Set<String> ruleKeys(Lang lang) {
        return MESSAGES.keys(lang).stream().filter(key -> key.startsWith("rules.")).collect(Collectors.toSet());
    }
}
