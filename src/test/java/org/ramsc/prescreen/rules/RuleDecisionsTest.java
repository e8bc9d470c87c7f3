package org.ramsc.prescreen.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ramsc.prescreen.questionnaire.Answers;

/**
 * Every line of every rule in {@code rules.md}, as a table: rule | changes to worked example 1 |
 * expected status | expected reason. A last test checks that no line of any rule is left untested.
 */
class RuleDecisionsTest {

    /** Answers with no sign of active disease: no tender or swollen joints, short stiffness, global 3. */
    private static final String QUIET = "tenderJoints=[]; swollenJoints=[]; morningStiffness=under_30; patientGlobal=3";

    private static final String CASES = """
            R01 | raDiagnosed=yes                                  | MEETS   | diagnosed
            R01 | raDiagnosed=unsure                               | REVIEW  | unsure
            R01 | raDiagnosed=no                                   | NOT_MET | not_diagnosed
            R01 | raDiagnosed=null                                 | REVIEW  | not_answered

            R02 | age=0                                            | NOT_MET | under_18
            R02 | age=17                                           | NOT_MET | under_18
            R02 | age=18                                           | MEETS   | 18_to_70
            R02 | age=70                                           | MEETS   | 18_to_70
            R02 | age=71                                           | REVIEW  | over_70
            R02 | age=120                                          | REVIEW  | over_70
            R02 | age=null                                         | REVIEW  | not_answered

            R03 | scoreKnown=das28_esr; scoreValue=4.6             | MEETS   | score_active
            R03 | scoreKnown=das28_esr; scoreValue=3.21            | MEETS   | score_active
            R03 | scoreKnown=das28_esr; scoreValue=3.2             | REVIEW  | score_low_signs_now
            R03 | scoreKnown=das28_esr; scoreValue=3.2; QUIET      | NOT_MET | score_low
            R03 | scoreKnown=das28_crp; scoreValue=3.21; QUIET     | MEETS   | score_active
            R03 | scoreKnown=das28_crp; scoreValue=3.2; QUIET      | NOT_MET | score_low
            R03 | scoreKnown=cdai; scoreValue=10.1; QUIET          | MEETS   | score_active
            R03 | scoreKnown=cdai; scoreValue=10                   | REVIEW  | score_low_signs_now
            R03 | scoreKnown=cdai; scoreValue=10; QUIET            | NOT_MET | score_low
            R03 | scoreKnown=sdai; scoreValue=11.1; QUIET          | MEETS   | score_active
            R03 | scoreKnown=sdai; scoreValue=11                   | REVIEW  | score_low_signs_now
            R03 | scoreKnown=sdai; scoreValue=11; QUIET            | NOT_MET | score_low
            R03 | scoreKnown=none; tenderJoints=wrist_left,knee_left,knee_right; swollenJoints=wrist_left,knee_left | REVIEW | signs_no_score
            R03 | scoreKnown=none; QUIET; tenderJoints=elbow_left   | REVIEW  | signs_no_score
            R03 | scoreKnown=none; QUIET; swollenJoints=knee_right  | REVIEW  | signs_no_score
            R03 | scoreKnown=none; QUIET; patientGlobal=4          | REVIEW  | signs_no_score
            R03 | scoreKnown=none; QUIET; morningStiffness=30_to_60 | REVIEW | signs_no_score
            R03 | scoreKnown=none; QUIET; morningStiffness=over_60 | REVIEW  | signs_no_score
            R03 | scoreKnown=none; QUIET; esr=60                   | REVIEW  | signs_no_score
            R03 | scoreKnown=none; QUIET; esr=53.2                 | REVIEW  | signs_no_score
            R03 | scoreKnown=none; QUIET; crp=200                  | REVIEW  | signs_no_score
            R03 | scoreKnown=none; QUIET                           | NOT_MET | no_signs
            R03 | scoreKnown=none; QUIET; morningStiffness=none    | NOT_MET | no_signs
            R03 | scoreKnown=none; QUIET; esr=50                   | NOT_MET | no_signs
            R03 | scoreKnown=none; QUIET; crp=100                  | NOT_MET | no_signs

            R04 | csdmardOutcome=inadequate; csdmardLongEnough=yes | MEETS   | cs_inadequate
            R04 | csdmardOutcome=intolerant; csdmardLongEnough=no  | MEETS   | cs_intolerant
            R04 | csdmardOutcome=intolerant; csdmardLongEnough=unsure | MEETS | cs_intolerant
            R04 | csdmardOutcome=good; advancedTried=tnf_inhibitor; advancedOutcome=inadequate | MEETS | advanced_inadequate
            R04 | csdmardOutcome=inadequate; csdmardLongEnough=yes; advancedTried=rituximab; advancedOutcome=inadequate | MEETS | advanced_inadequate
            R04 | csdmardOutcome=good; advancedTried=abatacept; advancedOutcome=intolerant   | MEETS | advanced_intolerant
            R04 | csdmardOutcome=intolerant; advancedTried=jak_inhibitor; advancedOutcome=intolerant | MEETS | advanced_intolerant
            R04 | csdmardOutcome=good; steroidCurrent=yes; steroidDoseMg=5; steroidCannotTaper=yes | MEETS | steroid_dependent
            R04 | csdmardOutcome=inadequate; csdmardLongEnough=no; steroidCurrent=yes; steroidDoseMg=5; steroidCannotTaper=yes | MEETS | steroid_dependent
            R04 | csdmardOutcome=unsure                            | REVIEW  | unsure
            R04 | csdmardOutcome=inadequate; csdmardLongEnough=unsure | REVIEW | unsure
            R04 | csdmardOutcome=good; advancedTried=jak_inhibitor; advancedOutcome=unsure | REVIEW | unsure
            R04 | csdmardOutcome=good; steroidCurrent=yes; steroidDoseMg=5; steroidCannotTaper=unsure | REVIEW | unsure
            R04 | csdmardsTried=[]; csdmardContraindicated=true    | REVIEW  | cannot_take
            R04 | csdmardOutcome=inadequate; csdmardLongEnough=no  | NOT_MET | too_short
            R04 | csdmardsTried=[]; csdmardContraindicated=false   | NOT_MET | nothing_tried
            R04 | csdmardsTried=[]; csdmardContraindicated=false; steroidCurrent=yes; steroidDoseMg=5; steroidCannotTaper=no | NOT_MET | nothing_tried
            R04 | csdmardOutcome=good                              | NOT_MET | works_well
            R04 | csdmardOutcome=good; csdmardLongEnough=unsure    | NOT_MET | works_well
            R04 | csdmardsTried=[]; csdmardContraindicated=false; advancedTried=tnf_inhibitor; advancedOutcome=good | NOT_MET | works_well

            R05 | advancedTried=tnf_inhibitor,jak_inhibitor; advancedOutcome=inadequate | MEETS | several_failed
            R05 | advancedTried=il6_inhibitor,rituximab; advancedOutcome=intolerant     | MEETS | several_failed
            R05 | advancedTried=tnf_inhibitor,jak_inhibitor; advancedOutcome=good       | INFO  | fewer_than_two
            R05 | advancedTried=tnf_inhibitor,jak_inhibitor; advancedOutcome=unsure     | INFO  | fewer_than_two
            R05 | advancedTried=tnf_inhibitor; advancedOutcome=inadequate               | INFO  | fewer_than_two
            R05 | advancedTried=[]                                                      | INFO  | fewer_than_two

            R06 | steroidCurrent=no                                | MEETS   | up_to_10
            R06 | steroidCurrent=yes; steroidDoseMg=10; steroidCannotTaper=no   | MEETS  | up_to_10
            R06 | steroidCurrent=yes; steroidDoseMg=10.5; steroidCannotTaper=no | REVIEW | above_10

            R07 | jointFused=yes                                   | NOT_MET | severe_damage
            R07 | jointDestroyedTold=yes                           | NOT_MET | severe_damage
            R07 | jointFused=unsure; jointDestroyedTold=yes        | NOT_MET | severe_damage
            R07 | jointFused=unsure                                | REVIEW  | unsure
            R07 | jointDestroyedTold=unsure                        | REVIEW  | unsure
            R07 | jointFused=no; jointDestroyedTold=no             | MEETS   | no_severe_damage

            R08 | jointDeformity=yes                               | REVIEW  | needs_xray
            R08 | jointDeformity=unsure                            | REVIEW  | needs_xray
            R08 | jointSurgery=yes                                 | REVIEW  | needs_xray
            R08 | functionLevel=3                                  | REVIEW  | needs_xray
            R08 | functionLevel=4                                  | REVIEW  | needs_xray
            R08 | functionLevel=2                                  | MEETS   | no_signs
            R08 | functionLevel=1                                  | MEETS   | no_signs

            R09 | infectionNow=yes                                 | NOT_MET | infection_now
            R09 | infectionNow=no                                  | MEETS   | none

            R10 | tbHistory=yes                                    | REVIEW  | tb_hepatitis_hiv
            R10 | tbHistory=unsure                                 | REVIEW  | tb_hepatitis_hiv
            R10 | hepatitisHiv=yes                                 | REVIEW  | tb_hepatitis_hiv
            R10 | hepatitisHiv=unsure; infectionHistory=yes        | REVIEW  | tb_hepatitis_hiv
            R10 | infectionHistory=yes                             | CAUTION | past_infections
            R10 | infectionHistory=no                              | MEETS   | none

            R11 | cancer=current                                   | NOT_MET | current
            R11 | cancer=past_5y                                   | REVIEW  | past_5y
            R11 | cancer=earlier                                   | MEETS   | none_recent
            R11 | cancer=none                                      | MEETS   | none_recent

            R12 | pregnancy=yes                                    | NOT_MET | pregnancy
            R12 | pregnancy=no                                     | MEETS   | none
            R12 | pregnancy=not_applicable                         | MEETS   | none

            R13 | lungDisease=yes                                  | CAUTION | lung_disease
            R13 | lungDisease=unsure                               | CAUTION | lung_disease
            R13 | lungDisease=no                                   | MEETS   | none

            R14 | organConditions=kidney_failure                   | NOT_MET | kidney_failure
            R14 | organConditions=heart,kidney_failure             | NOT_MET | kidney_failure
            R14 | organConditions=heart                            | REVIEW  | heart_liver_bleeding
            R14 | organConditions=liver                            | REVIEW  | heart_liver_bleeding
            R14 | organConditions=bleeding                         | REVIEW  | heart_liver_bleeding
            R14 | organConditions=[]                               | MEETS   | none

            R15 | otherAutoimmune=yes                              | REVIEW  | other_autoimmune
            R15 | otherAutoimmune=unsure                           | REVIEW  | other_autoimmune
            R15 | otherAutoimmune=no                               | MEETS   | none

            R16 | wantsImmunomodulation=yes                        | INFO    | about_msc
            R16 | wantsImmunomodulation=no; understandsInvestigational=no | INFO | about_msc
            """;

    record Case(String ruleId, String changes, Status status, String reason) {

        String reasonKey() {
            return "rules." + ruleId + ".reason." + reason;
        }

        @Override
        public String toString() {
            return ruleId + " [" + changes + "] → " + status + " " + reason;
        }
    }

    static List<Case> cases() {
        return CASES.lines().filter(line -> !line.isBlank()).map(line -> {
            String[] cells = Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new);
            return new Case(cells[0], cells[1], Status.valueOf(cells[2]), cells[3]);
        }).toList();
    }

    static Stream<Arguments> decisionLines() {
        return cases().stream().map(c -> Arguments.of(c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisionLines")
    void eachRuleDecidesByTheFirstMatchingLineOfItsTable(Case c) {
        Answers answers = TestAnswers.example1With(c.changes().replace("QUIET", QUIET));
        Rule rule = RuleSet.standard().rule(c.ruleId()).orElseThrow();

        RuleResult result = rule.evaluate(answers, Scores.of(answers));

        assertThat(result).isEqualTo(new RuleResult(c.ruleId(), c.status(), c.reasonKey()));
    }

    @Test
    void everyLineOfEveryRuleHasAtLeastOneCase() {
        Set<RuleResult> tested = cases().stream()
                .map(c -> new RuleResult(c.ruleId(), c.status(), c.reasonKey()))
                .collect(Collectors.toSet());

        Set<RuleResult> possible = RuleSet.standard().rules().stream()
                .flatMap(rule -> ((DecisionTable) rule).possibleResults().stream())
                .collect(Collectors.toSet());

        assertThat(tested).containsExactlyInAnyOrderElementsOf(possible);
    }

    @Test
    void workedExampleOneMeetsEveryRuleOrIsInformational() {
        Evaluation evaluation = RuleSet.standard().evaluate(TestAnswers.example1().answers());

        assertThat(evaluation.results()).extracting(RuleResult::status).containsOnly(Status.MEETS, Status.INFO);
        assertThat(evaluation.withStatus(Status.INFO)).extracting(RuleResult::ruleId).containsExactly("R05", "R16");
    }
}
