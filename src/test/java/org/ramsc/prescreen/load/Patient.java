package org.ramsc.prescreen.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ramsc.prescreen.questionnaire.ExampleAnswers;
import org.ramsc.prescreen.questionnaire.Questionnaire;

/**
 * A patient who answers as in worked example 1 of the rules (a DISCUSS outcome), with the optional
 * questions too, and sends it.
 */
public final class Patient extends FormClient {

    private static final Pattern REFERENCE = Pattern.compile("data-reference=\"([A-Z0-9]{8})\"");

    /** One list of form fields (name, value, name, value, ...) per wizard step. */
    static final List<List<String>> EXAMPLE_1 = formFieldsPerStep(ExampleAnswers.example1WithOptional());

    public static final int STEPS_TO_ANSWER = EXAMPLE_1.size();

    public Patient(HttpClient http, String base) {
        this(http, base, nanos -> { });
    }

    public Patient(HttpClient http, String base, LongConsumer latencies) {
        super(http, base, latencies);
    }

    public Patient(Transport transport, String base, LongConsumer latencies) {
        super(transport, base, latencies);
    }

    @Override
    public Patient at(String otherBase) {
        super.at(otherBase);
        return this;
    }

    /** Answers one wizard step (1-based) and expects the redirect onwards. */
    public void answerStep(int step) throws IOException, InterruptedException {
        expect(post("/screening/step/" + step, EXAMPLE_1.get(step - 1)), 303);
    }

    /**
     * From the first step to the confirmation page: six steps, review, result, send, confirmation.
     * Returns the reference code the patient was shown.
     */
    public String completeJourney() throws IOException, InterruptedException {
        expect(get("/screening/step/1"), 200);
        for (int step = 1; step <= STEPS_TO_ANSWER; step++) {
            answerStep(step);
        }
        confirmReviewAndReadResult();
        return sendToClinic();
    }

    public void confirmReviewAndReadResult() throws IOException, InterruptedException {
        expect(post("/screening/review", List.of()), 303);
        expect(get("/screening/result"), 200);
    }

    /** Sends a confirmed screening and returns the reference code of the confirmation page. */
    public String sendToClinic() throws IOException, InterruptedException {
        expect(get("/screening/send"), 200);
        expect(post("/screening/send", List.of("consent", "yes", "name", "Load Test", "phone", "+86 138 0000 0000",
                "contactTime", "any")), 303);
        return referenceCode(expect(get("/screening/sent"), 200));
    }

    private static List<List<String>> formFieldsPerStep(ExampleAnswers example) {
        return Questionnaire.STEPS.stream().map(step -> example.formFields(step).stream()
                .flatMap(field -> Stream.of(field.getKey(), field.getValue())).toList()).toList();
    }

    public static String referenceCode(HttpResponse<String> confirmation) {
        Matcher code = REFERENCE.matcher(confirmation.body());
        if (!code.find()) {
            throw new IllegalStateException("no reference code on the confirmation page");
        }
        return code.group(1);
    }
}
