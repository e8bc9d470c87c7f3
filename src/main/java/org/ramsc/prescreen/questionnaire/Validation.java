package org.ramsc.prescreen.questionnaire;

import java.util.List;

/** The outcome of checking raw answers: the valid, applicable answers and every problem found. */
public record Validation(Answers answers, List<Problem> problems) {

    public Validation {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
