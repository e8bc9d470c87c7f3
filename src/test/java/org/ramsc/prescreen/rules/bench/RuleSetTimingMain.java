package org.ramsc.prescreen.rules.bench;

import org.ramsc.prescreen.questionnaire.Answers;
import org.ramsc.prescreen.questionnaire.ExampleAnswers;
import org.ramsc.prescreen.rules.Evaluation;
import org.ramsc.prescreen.rules.RuleSet;

/**
 * Times the standard rule set on worked example 1: warms up, then runs 1,000,000 evaluations and
 * prints nanoseconds per evaluation. Not a test, so that a busy build machine cannot make it flaky.
 *
 * <pre>./mvnw -q package -DskipTests \
 *     && java -cp "target/classes:target/test-classes:target/quarkus-app/lib/main/*" \
 *     org.ramsc.prescreen.rules.bench.RuleSetTimingMain</pre>
 * (Jackson, which reads the example answers, comes from the packaged app's {@code lib/main}.)
 */
public final class RuleSetTimingMain {

    private static final int WARM_UP = 2_000_000;
    private static final int MEASURED = 1_000_000;
    private static final int ROUNDS = 5;

    private RuleSetTimingMain() {
    }

    public static void main(String[] args) {
        RuleSet rules = RuleSet.standard();
        Answers answers = ExampleAnswers.example1().answers();

        long sink = run(rules, answers, WARM_UP);
        double best = Double.MAX_VALUE;
        for (int round = 1; round <= ROUNDS; round++) {
            long start = System.nanoTime();
            sink += run(rules, answers, MEASURED);
            double perEvaluation = (System.nanoTime() - start) / (double) MEASURED;
            best = Math.min(best, perEvaluation);
            System.out.printf("round %d: %.1f ns/evaluation%n", round, perEvaluation);
        }
        System.out.printf("best of %d rounds of %,d evaluations: %.1f ns/evaluation (checksum %d)%n",
                ROUNDS, MEASURED, best, sink);
    }

    /** Sums something from each result so that the JIT cannot drop the work. */
    private static long run(RuleSet rules, Answers answers, int times) {
        long sink = 0;
        for (int i = 0; i < times; i++) {
            Evaluation evaluation = rules.evaluate(answers);
            sink += evaluation.outcome().ordinal() + evaluation.results().size();
        }
        return sink;
    }
}
