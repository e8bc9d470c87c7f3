package org.ramsc.prescreen.rules;

import java.util.List;
import org.ramsc.prescreen.questionnaire.Answers;

/** One screening rule: a verdict on validated answers, with the sources it rests on. */
public interface Rule {

    /** R01..R16; also the prefix of its texts, {@code rules.<id>.title}. */
    String id();

    List<Source> sources();

    /**
     * Judges validated answers whose "when" conditions are already applied. An absent answer
     * counts as not given; never throws on valid answers.
     */
    RuleResult evaluate(Answers answers, Scores scores);
}
