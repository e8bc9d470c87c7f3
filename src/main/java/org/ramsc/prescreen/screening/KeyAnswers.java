package org.ramsc.prescreen.screening;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.i18n.Messages;
import org.ramsc.prescreen.questionnaire.Answers;
import org.ramsc.prescreen.questionnaire.Item;
import org.ramsc.prescreen.questionnaire.Questionnaire;

/**
 * The answers a rheumatologist asks for first, in short labelled rows, for the PDF and the
 * printout: diagnosis year, the score the doctor gave, joint counts, medicines tried and how they
 * went, and the steroid dose. Items that do not apply are left out.
 */
public record KeyAnswers(List<Row> rows) {

    public record Row(String label, String answer) {
    }

    private static final List<String> ITEMS = List.of("diagnosisYear", "scoreKnown", "tenderJoints", "swollenJoints",
            "csdmardsTried", "csdmardLongEnough", "csdmardOutcome", "csdmardContraindicated", "advancedTried",
            "advancedOutcome", "steroidCurrent", "steroidDoseMg", "steroidCannotTaper");

    public static KeyAnswers of(Answers answers, Lang lang) {
        Messages messages = Messages.get();
        List<Row> rows = new ArrayList<>();
        for (String id : ITEMS) {
            Item item = Questionnaire.item(id).orElseThrow();
            if (!item.appliesTo(answers)) {
                continue;
            }
            String answer = AnswerSummary.answerText(item, answers, lang);
            if (id.equals("scoreKnown") && answers.get("scoreValue") != null) {
                // "DAS28-ESR 4.6": the score as the doctor gave it, not our estimate
                Object value = answers.get("scoreValue");
                answer = answer + " " + (value instanceof BigDecimal d ? d.toPlainString() : value.toString());
            }
            if (id.endsWith("Joints")) {
                answer = messages.text(lang, "screening.pdf.answer.count", java.util.Map.of("count", answers.codes(id).size()))
                        // the brackets are the language's own (full-width in Chinese), from the messages
                        + (answers.codes(id).isEmpty() ? "" : messages.text(lang, "screening.result.score.band",
                                java.util.Map.of("band", answer)));
            }
            rows.add(new Row(messages.text(lang, "screening.pdf.answer." + id), answer));
        }
        return new KeyAnswers(rows);
    }
}
