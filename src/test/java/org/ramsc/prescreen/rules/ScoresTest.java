package org.ramsc.prescreen.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ramsc.prescreen.questionnaire.Answers;

class ScoresTest {

    /** Worked example 5: tender 4, swollen 3, ESR 30, patient global 6. */
    private static final String EXAMPLE_5 = "tenderJoints=wrist_left,wrist_right,mcp2_left,knee_left;"
            + " swollenJoints=wrist_left,wrist_right,knee_left; esr=30; patientGlobal=6";

    @Test
    void workedExampleFiveGivesAnEsrEstimateOf483() {
        Scores scores = Scores.of(TestAnswers.example1With(EXAMPLE_5));

        assertThat(scores.tenderCount()).isEqualTo(4);
        assertThat(scores.swollenCount()).isEqualTo(3);
        assertThat(scores.das28EsrEstimate()).isCloseTo(
                0.56 * Math.sqrt(4) + 0.28 * Math.sqrt(3) + 0.70 * Math.log(30) + 0.014 * 60, within(1e-12));
        assertThat(scores.das28EsrRounded()).isEqualByComparingTo("4.83");
        assertThat(scores.das28EsrRounded().scale()).isEqualTo(2);
        assertThat(scores.das28EsrBand()).isEqualTo(Das28Band.MODERATE);
    }

    @Test
    void crpEstimateUsesTheCrpFormula() {
        Scores scores = Scores.of(TestAnswers.example1With(EXAMPLE_5 + "; esr=null; crp=10"));

        double expected = 0.56 * Math.sqrt(4) + 0.28 * Math.sqrt(3) + 0.36 * Math.log(10 + 1) + 0.014 * 60 + 0.96;
        assertThat(scores.das28CrpEstimate()).isCloseTo(expected, within(1e-12));
        assertThat(scores.das28CrpRounded()).isEqualByComparingTo("4.27");
        assertThat(scores.das28EsrEstimate()).isNull();
        assertThat(scores.das28EsrRounded()).isNull();
        assertThat(scores.das28EsrBand()).isNull();
    }

    @Test
    void crpOfZeroIsAValidValue() {
        Scores scores = Scores.of(TestAnswers.example1With("tenderJoints=[]; swollenJoints=[]; patientGlobal=0; crp=0"));

        assertThat(scores.das28CrpEstimate()).isCloseTo(0.96, within(1e-12));
        assertThat(scores.das28CrpBand()).isEqualTo(Das28Band.REMISSION);
    }

    @Test
    void noLabValuesMeanNoEstimates() {
        Scores scores = Scores.of(TestAnswers.example1().answers());

        assertThat(scores.das28EsrEstimate()).isNull();
        assertThat(scores.das28CrpEstimate()).isNull();
        assertThat(scores.das28CrpRounded()).isNull();
        assertThat(scores.das28CrpBand()).isNull();
    }

    @Test
    void bothEstimatesAreMadeWhenBothLabValuesAreGiven() {
        Scores scores = Scores.of(TestAnswers.example1With(EXAMPLE_5 + "; crp=10"));

        assertThat(scores.das28EsrRounded()).isEqualByComparingTo("4.83");
        assertThat(scores.das28CrpRounded()).isEqualByComparingTo("4.27");
    }

    @Test
    void activityComparesTheUnroundedEstimate() {
        // 0.70·ln(53.2) + 0.014·30 = 3.2018…: shown as 3.20, yet above 3.2
        Scores scores = Scores.of(TestAnswers.example1With(
                "tenderJoints=[]; swollenJoints=[]; morningStiffness=none; patientGlobal=3; esr=53.2"));

        assertThat(scores.das28EsrRounded()).isEqualByComparingTo("3.20");
        assertThat(scores.das28EsrEstimate()).isGreaterThan(3.2);
        assertThat(scores.activitySigns()).isTrue();
        assertThat(scores.das28EsrBand()).isEqualTo(Das28Band.MODERATE);
    }

    @ParameterizedTest(name = "{0} joints tender, {1} swollen, global {2}, stiffness {3} → signs {4}")
    @CsvSource(delimiter = '|', textBlock = """
            []          | []         | 3 | none     | false
            []          | []         | 3 | under_30 | false
            knee_left   | []         | 0 | none     | true
            []          | knee_left  | 0 | none     | true
            []          | []         | 4 | none     | true
            []          | []         | 3 | 30_to_60 | true
            []          | []         | 3 | over_60  | true
            """)
    void activitySignsFollowTheDerivedValueDefinition(
            String tender, String swollen, int global, String stiffness, boolean expected) {
        Answers answers = TestAnswers.example1With("tenderJoints=" + tender + "; swollenJoints=" + swollen
                + "; patientGlobal=" + global + "; morningStiffness=" + stiffness);

        assertThat(Scores.of(answers).activitySigns()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "DAS28 {0} → {1}")
    @CsvSource({
            "0, REMISSION", "2.59, REMISSION", "2.5999, REMISSION", "2.6, LOW", "3.2, LOW", "3.21, MODERATE",
            "3.2000001, MODERATE", "5.1, MODERATE", "5.11, HIGH", "10, HIGH"})
    void das28BandsHaveTheirPublishedCutOffs(double das28, Das28Band band) {
        assertThat(Das28Band.of(das28)).isEqualTo(band);
    }

    @ParameterizedTest(name = "{0} rounds to {1}")
    @CsvSource({"4.825, 4.83", "4.8249999, 4.82", "3.2049, 3.20", "3.205, 3.21", "2, 2.00"})
    void roundingIsHalfUpToTwoDecimals(double value, String rounded) {
        Scores scores = new Scores(0, 0, value, null, false);

        assertThat(scores.das28EsrRounded()).isEqualTo(new BigDecimal(rounded));
    }
}
