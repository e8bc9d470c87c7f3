package org.ramsc.prescreen.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ramsc.prescreen.rules.TestAnswers;

/**
 * The one definition's validation, without HTTP: each kind of bad answer names its field and
 * problem, and "when" conditions decide both ways whether an answer is read at all.
 */
class AnswerValidatorTest {

    private static final AnswerValidator VALIDATOR = new AnswerValidator(Year.of(2026));

    /** Worked example 1 of the rules with one answer replaced ({@code null}: left out; {@code []}: empty list). */
    private static Validation example1With(String itemId, String value) {
        Map<String, List<String>> raw = new java.util.LinkedHashMap<>(TestAnswers.example1().raw());
        switch (value) {
            case "null" -> raw.remove(itemId);
            case "[]" -> raw.put(itemId, List.of());
            default -> raw.put(itemId, List.of(value.split("\\|")));
        }
        return VALIDATOR.validateAll(raw);
    }

    @Test
    void workedExampleOneIsValid() {
        assertThat(example1With("age", "52").problems()).isEmpty();
    }

    @ParameterizedTest(name = "{0}={1} → {2}")
    @CsvSource({
            // wrong type
            "age,              fifty,                   wrong_type",
            "age,              52.5,                    wrong_type",
            "age,              52|53,                   wrong_type",
            "scoreValue,       '4,6',                   wrong_type",
            "patientGlobal,    1e1,                     wrong_type",
            // out of range, at both ends and for the range the chosen score sets
            "age,              -1,                      out_of_range",
            "age,              121,                     out_of_range",
            "scoreValue,       10.01,                   out_of_range",
            "pain,             11,                      out_of_range",
            "functionLevel,    0,                       out_of_range",
            "functionLevel,    5,                       out_of_range",
            "esr,              0,                       out_of_range",
            "crp,              300.5,                   out_of_range",
            "diagnosisYear,    1939,                    out_of_range",
            "diagnosisYear,    2027,                    out_of_range",
            // not among the codes
            "raDiagnosed,      maybe,                   unknown_code",
            "morningStiffness, all_day,                 unknown_code",
            "tenderJoints,     wrist_left|ankle_left,   unknown_code",
            "cancer,           Current,                 unknown_code",
            // a list naming one code twice
            "tenderJoints,     wrist_left|wrist_left,   duplicate",
            "csdmardsTried,    methotrexate|methotrexate, duplicate",
            // required and missing
            "age,              null,                    required",
            "raDiagnosed,      null,                    required",
            "tenderJoints,     null,                    required",
            "functionLevel,    ' ',                     required",
            "csdmardOutcome,   null,                    required",
    })
    void refusesABadAnswerNamingItsFieldAndProblem(String itemId, String value, String code) {
        Validation validation = example1With(itemId, value);
        assertThat(validation.isValid()).isFalse();
        assertThat(validation.problems()).extracting(Problem::field, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(itemId, code));
        assertThat(validation.problems().get(0).messageKey()).isEqualTo("validation." + code);
    }

    @Test
    void anUnknownFieldIsNamed() {
        Map<String, List<String>> raw = new java.util.LinkedHashMap<>(TestAnswers.example1().raw());
        raw.put("favouriteColour", List.of("blue"));
        assertThat(VALIDATOR.validateAll(raw).problems()).extracting(Problem::field, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("favouriteColour", Problem.UNKNOWN_FIELD));
    }

    @Test
    void outOfRangeCarriesTheBoundsOfTheScoreThatWasChosen() {
        Map<String, List<String>> raw = new java.util.LinkedHashMap<>(TestAnswers.example1().raw());
        raw.put("scoreKnown", List.of("cdai"));
        raw.put("scoreValue", List.of("77"));
        Problem problem = VALIDATOR.validateAll(raw).problems().get(0);
        assertThat(problem.args()).containsEntry("min", "0").containsEntry("max", "76");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Map<String, List<String>> raw = new java.util.LinkedHashMap<>(TestAnswers.example1().raw());
        raw.put("age", List.of("200"));
        raw.put("pain", List.of("x"));
        raw.remove("cancer");
        assertThat(VALIDATOR.validateAll(raw).problems()).extracting(Problem::field)
                .containsExactly("age", "pain", "cancer");
    }

    @ParameterizedTest(name = "{0}={1}: {2} {3}")
    @CsvSource({
            // condition true: the answer is required and read
            "raDiagnosed,   yes,  diagnosisYear,       read",
            "steroidCurrent, yes, steroidDoseMg,       required",
            "steroidCurrent, yes, steroidCannotTaper,  required",
            "scoreKnown,    cdai, scoreValue,          read",
            // condition false: the answer is neither required nor stored, even when it is invalid
            "raDiagnosed,   no,   diagnosisYear,       ignored",
            "scoreKnown,    none, scoreValue,          ignored",
            "steroidCurrent, no,  steroidDoseMg,       ignored",
    })
    void whenConditionsDecideWhetherAnAnswerIsRead(String condItem, String condValue, String itemId, String expect) {
        Map<String, List<String>> raw = new java.util.LinkedHashMap<>(TestAnswers.example1().raw());
        raw.put(condItem, List.of(condValue));
        switch (expect) {
            case "read" -> {
                raw.put(itemId, List.of(itemId.equals("diagnosisYear") ? "2015" : "5"));
                Validation validation = VALIDATOR.validateAll(raw);
                assertThat(validation.problems()).isEmpty();
                assertThat(validation.answers().asMap()).containsKey(itemId);
            }
            case "required" -> {
                raw.put("steroidDoseMg", List.of("5"));
                raw.put("steroidCannotTaper", List.of("no"));
                raw.remove(itemId);
                assertThat(VALIDATOR.validateAll(raw).problems()).extracting(Problem::field, Problem::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(itemId, Problem.REQUIRED));
            }
            default -> {
                raw.put(itemId, List.of("not even a number"));
                Validation validation = VALIDATOR.validateAll(raw);
                assertThat(validation.problems()).isEmpty();
                assertThat(validation.answers().asMap()).doesNotContainKey(itemId);
            }
        }
    }

    @Test
    void anEmptyMedicineListAsksWhetherADoctorRuledThemOutInstead() {
        Map<String, List<String>> raw = new java.util.LinkedHashMap<>(TestAnswers.example1().raw());
        raw.put("csdmardsTried", List.of());
        raw.remove("csdmardLongEnough");
        raw.remove("csdmardOutcome");
        assertThat(VALIDATOR.validateAll(raw).problems()).extracting(Problem::field, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("csdmardContraindicated", Problem.REQUIRED));
    }

    @Test
    void fullWidthDigitsFromChineseKeyboardsAreRead() {
        Validation validation = example1With("age", "５２");
        assertThat(validation.problems()).isEmpty();
        assertThat(validation.answers().asMap()).containsEntry("age", 52);
    }
}
