package org.ramsc.prescreen.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ramsc.prescreen.questionnaire.Answers;
import org.ramsc.prescreen.questionnaire.ExampleAnswers;
import org.ramsc.prescreen.questionnaire.Questionnaire;

class RuleSetTest {

    private final RuleSet rules = RuleSet.standard();

    @Test
    void theStandardSetIsVersionOneWithSixteenRulesInOrder() {
        assertThat(rules.version()).isEqualTo(RuleSet.VERSION).isEqualTo("1");
        assertThat(rules.rules()).extracting(Rule::id).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 16).mapToObj(i -> String.format("R%02d", i)).toList());
    }

    @Test
    void everyRuleNamesItsSources() {
        assertThat(rules.rules()).allSatisfy(rule -> assertThat(rule.sources()).isNotEmpty());
    }

    @Test
    void rulesAreFoundById() {
        assertThat(rules.rule("R07")).get().extracting(Rule::id).isEqualTo("R07");
        assertThat(rules.rule("R17")).isEmpty();
    }

    /** The shared example sets are the worked examples of rules.md, so they must reach its outcomes. */
    @ParameterizedTest(name = "worked example {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1 | DISCUSS
            2 | DISCUSS
            3 | DISCUSS_AFTER_REVIEW
            4 | NOT_SUITABLE_NOW
            """)
    void workedExamplesReachTheirOutcomes(int example, Outcome outcome) {
        Evaluation evaluation = rules.evaluate(ExampleAnswers.named("example-" + example).answers());

        assertThat(evaluation.outcome()).isEqualTo(outcome);
    }

    @Test
    void workedExampleTwoListsTheCautionFirst() {
        Evaluation evaluation = rules.evaluate(ExampleAnswers.example2().answers());

        assertThat(evaluation.inDisplayOrder().get(0))
                .isEqualTo(new RuleResult("R13", Status.CAUTION, "rules.R13.reason.lung_disease"));
        assertThat(evaluation.withStatus(Status.CAUTION)).extracting(RuleResult::ruleId).containsExactly("R13");
    }

    @Test
    void workedExampleThreeNeedsReviewOfDiseaseActivity() {
        Evaluation evaluation = rules.evaluate(ExampleAnswers.example3().answers());

        assertThat(evaluation.withStatus(Status.REVIEW, Status.NOT_MET))
                .containsExactly(new RuleResult("R03", Status.REVIEW, "rules.R03.reason.signs_no_score"));
        assertThat(evaluation.scores().tenderCount()).isEqualTo(3);
        assertThat(evaluation.scores().swollenCount()).isEqualTo(2);
    }

    @Test
    void workedExampleFourPointsAwayBecauseOfAFusedJoint() {
        Evaluation evaluation = rules.evaluate(ExampleAnswers.example4().answers());

        assertThat(evaluation.withStatus(Status.NOT_MET))
                .containsExactly(new RuleResult("R07", Status.NOT_MET, "rules.R07.reason.severe_damage"));
    }

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            infectionHistory=yes                                | DISCUSS
            infectionHistory=yes; lungDisease=unsure            | DISCUSS
            advancedTried=tnf_inhibitor,jak_inhibitor; advancedOutcome=inadequate | DISCUSS
            age=71                                              | DISCUSS_AFTER_REVIEW
            age=71; lungDisease=yes                             | DISCUSS_AFTER_REVIEW
            age=71; otherAutoimmune=unsure; cancer=past_5y      | DISCUSS_AFTER_REVIEW
            age=71; infectionNow=yes                            | NOT_SUITABLE_NOW
            pregnancy=yes; lungDisease=yes                      | NOT_SUITABLE_NOW
            age=17; raDiagnosed=no                              | NOT_SUITABLE_NOW
            """)
    void notMetDecidesFirstThenReviewWhileCautionAndInfoNeverChangeTheOutcome(String changes, Outcome outcome) {
        assertThat(rules.evaluate(TestAnswers.example1With(changes)).outcome()).isEqualTo(outcome);
    }

    @Test
    void anEvaluationCarriesBothVersionsAndEveryRuleInOrder() {
        Evaluation evaluation = rules.evaluate(TestAnswers.example1().answers());

        assertThat(evaluation.questionnaireVersion()).isEqualTo(Questionnaire.VERSION);
        assertThat(evaluation.rulesetVersion()).isEqualTo("1");
        assertThat(evaluation.results()).extracting(RuleResult::ruleId)
                .containsExactlyElementsOf(rules.rules().stream().map(Rule::id).toList());
    }

    @Test
    void displayOrderPutsNotMetThenReviewThenCautionThenTheRestInRuleOrder() {
        Evaluation evaluation = rules.evaluate(TestAnswers.example1With(
                "lungDisease=yes; age=71; infectionNow=yes; infectionHistory=yes; cancer=past_5y"));

        assertThat(evaluation.inDisplayOrder()).extracting(RuleResult::ruleId).containsExactly(
                "R09", "R02", "R11", "R10", "R13",
                "R01", "R03", "R04", "R05", "R06", "R07", "R08", "R12", "R14", "R15", "R16");
        assertThat(evaluation.results()).extracting(RuleResult::ruleId).startsWith("R01", "R02", "R03");
    }

    @Test
    void withStatusKeepsRuleOrderAndAcceptsSeveralStatuses() {
        Evaluation evaluation = rules.evaluate(TestAnswers.example1With("lungDisease=yes; age=71; infectionNow=yes"));

        assertThat(evaluation.withStatus(Status.CAUTION, Status.NOT_MET, Status.REVIEW))
                .extracting(RuleResult::ruleId).containsExactly("R02", "R09", "R13");
        assertThat(evaluation.withStatus()).isEmpty();
    }

    @Test
    void aRuleSetWithAnotherVersionCanReRunTheSameAnswers() {
        Rule stricterAge = DecisionTable.rule("R02", Source.NCT03798028)
                .when((a, s) -> a.integer("age") > 65, Status.NOT_MET, "over_65")
                .otherwise(Status.MEETS, "up_to_65");
        RuleSet changed = new RuleSet("2-test", List.of(rules.rule("R01").orElseThrow(), stricterAge));
        Answers answers = TestAnswers.example1With("age=68");

        Evaluation before = rules.evaluate(answers);
        Evaluation after = changed.evaluate(answers);

        assertThat(before.rulesetVersion()).isEqualTo("1");
        assertThat(before.outcome()).isEqualTo(Outcome.DISCUSS);
        assertThat(after.rulesetVersion()).isEqualTo("2-test");
        assertThat(after.outcome()).isEqualTo(Outcome.NOT_SUITABLE_NOW);
        assertThat(after.results()).extracting(RuleResult::reasonKey)
                .containsExactly("rules.R01.reason.diagnosed", "rules.R02.reason.over_65");
    }

    @Test
    void aRuleSetRefusesTwoRulesWithOneId() {
        Rule r01 = rules.rule("R01").orElseThrow();

        assertThatThrownBy(() -> new RuleSet("x", List.of(r01, r01))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTableRefusesOneReasonOnTwoLines() {
        assertThatThrownBy(() -> DecisionTable.rule("RX").when((a, s) -> true, Status.MEETS, "same")
                .otherwise(Status.INFO, "same")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noAnswersAtAllNeverThrowAndPointToReview() {
        Evaluation evaluation = rules.evaluate(Answers.empty());

        assertThat(evaluation.results()).hasSize(16);
        assertThat(evaluation.result("R01")).get().extracting(RuleResult::status).isEqualTo(Status.REVIEW);
        assertThat(evaluation.result("R02")).get().extracting(RuleResult::status).isEqualTo(Status.REVIEW);
        assertThat(evaluation.outcome()).isEqualTo(Outcome.NOT_SUITABLE_NOW);
    }
}
