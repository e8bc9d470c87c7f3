package org.ramsc.prescreen.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ramsc.prescreen.questionnaire.Item;
import org.ramsc.prescreen.questionnaire.ItemType;
import org.ramsc.prescreen.questionnaire.Questionnaire;
import org.ramsc.prescreen.questionnaire.Step;

class QuestionTextsTest {

    private static final List<String> JOINT_REGIONS = List.of("shoulders", "elbows", "wrists",
            "knuckles_left", "knuckles_right", "fingers_left", "fingers_right", "knees");

    /** Bundles that patients read; the spec forbids any wording of eligibility in them. */
    private static final List<String> PATIENT_BUNDLES = List.of("msg", "questions", "rules", "content", "faq");

    /** "eligible", "eligibility", 合格, 资格 / 資格: the tool suggests a discussion, it never decides. */
    private static final Pattern ELIGIBILITY_WORDING = Pattern.compile("(?i)eligib|合格|资格|資格");

    private final Messages messages = Messages.get();

    @ParameterizedTest
    @EnumSource(Lang.class)
    void everyStepHasATitleAndAnIntro(Lang lang) {
        List<String> keys = new ArrayList<>();
        for (Step step : Questionnaire.STEPS) {
            keys.add("q.step." + step.key() + ".title");
            keys.add("q.step." + step.key() + ".intro");
        }
        keys.add("q.step.review.title");
        keys.add("q.step.review.intro");

        assertThat(keys).allSatisfy(key -> assertThat(messages.has(lang, key)).as(key).isTrue());
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void everyItemHasALabelAHelpLineAndATextForEachAnswer(Lang lang) {
        assertThat(itemKeys()).allSatisfy(key -> assertThat(messages.has(lang, key)).as(key).isTrue());
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void everyJointAndJointGroupIsNamed(Lang lang) {
        Stream<String> joints = Questionnaire.JOINTS.stream().map(joint -> "q.joint." + joint);
        Stream<String> regions = JOINT_REGIONS.stream().map(region -> "q.joint.region." + region);

        assertThat(Stream.concat(joints, regions).toList()).hasSize(28 + 8)
                .allSatisfy(key -> assertThat(messages.has(lang, key)).as(key).isTrue());
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void theReviewPageCanShowEmptyAnswers(Lang lang) {
        assertThat(messages.has(lang, "q.answer.none_selected")).isTrue();
        assertThat(messages.has(lang, "q.answer.not_answered")).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void noQuestionTextIsEmpty(Lang lang) {
        assertThat(itemKeys()).allSatisfy(key -> assertThat(messages.text(lang, key)).as(key).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"questions", "content"})
    void everyLanguageFileHasTheSameKeys(String bundle) {
        Set<String> english = read(bundle, Lang.EN).keySet();

        assertThat(english).isNotEmpty();
        assertThat(read(bundle, Lang.ZH_HANS).keySet()).as(bundle + " zh-Hans").isEqualTo(english);
        assertThat(read(bundle, Lang.ZH_HANT).keySet()).as(bundle + " zh-Hant").isEqualTo(english);
    }

    @Test
    void medicinesShowTheirChineseAndBrandNames() {
        assertThat(messages.text(Lang.EN, "q.csdmardsTried.methotrexate")).contains("甲氨蝶呤", "MTX");
        assertThat(messages.text(Lang.ZH_HANS, "q.advancedTried.tnf_inhibitor")).contains("阿达木单抗", "Humira");
        assertThat(messages.text(Lang.ZH_HANT, "q.advancedTried.jak_inhibitor")).contains("托法替尼", "Xeljanz");
    }

    @Test
    void noPatientTextSpeaksOfEligibility() {
        Map<String, String> offending = new TreeMap<>();
        for (String bundle : PATIENT_BUNDLES) {
            for (Lang lang : Lang.values()) {
                read(bundle, lang).forEach((key, text) -> {
                    if (ELIGIBILITY_WORDING.matcher(text).find()) {
                        offending.put(bundle + "/" + lang.tag() + "/" + key, text);
                    }
                });
            }
        }

        assertThat(offending).isEmpty();
    }

    /** Every key the wizard and the review page look up for the items of the questionnaire. */
    private static List<String> itemKeys() {
        List<String> keys = new ArrayList<>();
        for (Item item : Questionnaire.items()) {
            String prefix = "q." + item.id() + ".";
            keys.add(prefix + "label");
            keys.add(prefix + "help");
            if (item.unit() != null) {
                keys.add(prefix + "unit");
            }
            if (item.type() == ItemType.BOOLEAN) {
                keys.add(prefix + "true");
                keys.add(prefix + "false");
            }
            boolean joints = item.codes().equals(Questionnaire.JOINTS);
            if (!joints) {
                item.codes().forEach(code -> keys.add(prefix + code));
            }
        }
        // the function level is a number from 1 to 4, each with its own sentence
        Item functionLevel = Questionnaire.item("functionLevel").orElseThrow();
        for (int level = functionLevel.range().min().intValue(); level <= functionLevel.range().max().intValue();
                level++) {
            keys.add("q.functionLevel." + level);
        }
        return keys;
    }

    private static Map<String, String> read(String bundle, Lang lang) {
        String path = "messages/" + bundle + lang.bundleSuffix() + ".properties";
        Properties properties = new Properties();
        try (InputStream in = QuestionTextsTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return texts;
    }
}
