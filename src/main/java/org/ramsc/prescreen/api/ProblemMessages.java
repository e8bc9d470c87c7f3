package org.ramsc.prescreen.api;

import java.util.List;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.i18n.Messages;
import org.ramsc.prescreen.questionnaire.ItemType;
import org.ramsc.prescreen.questionnaire.Problem;
import org.ramsc.prescreen.questionnaire.Questionnaire;

/** Puts validation problems into words, in the request's language. */
final class ProblemMessages {

    private ProblemMessages() {
    }

    static ErrorResponse errors(List<Problem> problems, Lang lang) {
        return new ErrorResponse(problems.stream()
                .map(problem -> new ApiError(problem.field(), problem.code(), message(problem, lang)))
                .toList());
    }

    static String message(Problem problem, Lang lang) {
        return Messages.get().text(lang, messageKey(problem), problem.args());
    }

    /** A wrong type on a number item says which kind of number is expected. */
    private static String messageKey(Problem problem) {
        if (!problem.code().equals(Problem.WRONG_TYPE)) {
            return problem.messageKey();
        }
        ItemType type = Questionnaire.item(problem.field()).map(item -> item.type()).orElse(null);
        if (type == ItemType.INTEGER) {
            return "validation.wrong_type.number";
        }
        if (type == ItemType.DECIMAL) {
            return "validation.wrong_type.decimal";
        }
        return problem.messageKey();
    }
}
