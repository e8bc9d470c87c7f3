package org.ramsc.prescreen.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.ramsc.prescreen.load.FormClient;
import org.ramsc.prescreen.load.Patient;
import org.ramsc.prescreen.questionnaire.ExampleAnswers;
import org.ramsc.prescreen.questionnaire.Item;
import org.ramsc.prescreen.questionnaire.Questionnaire;

/**
 * Thousands of random and mutated requests against the packaged app: JSON bodies for the evaluation
 * API and form posts for every wizard step. Whatever arrives, the answer is a clean 2xx, 3xx or 4xx
 * without a stack trace, and a request that is refused leaves no row behind.
 */
class FuzzedInputIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = FormClient.sharedClient();
    private static final String DRAFTS_AND_SUBMISSIONS = "select coalesce(string_agg(token_hash || answers::text"
            + " || coalesce(completed_at::text, '-'), '|' order by token_hash), '')"
            + " || '#' || (select count(*) from submission) from draft";

    /** The body of worked example 1 in {@code api.md}: every mutation starts from a valid request. */
    private static final String EXAMPLE = "{\"answers\": " + ExampleAnswers.example1().json() + "}";

    private static StoppableDatabase database;
    private static AppInstance app;
    /** patientAt.get(n): a patient whose draft has steps 1..n-1 answered, so that step n is theirs to post. */
    private static List<Patient> patientAt;

    @BeforeContainer
    static void startTheApp() throws Exception {
        database = StoppableDatabase.started("fuzz");
        app = AppInstance.on("fuzz", database, Map.of());
        app.awaitReady(Duration.ofSeconds(120));
        patientAt = new ArrayList<>();
        for (int step = 0; step <= Questionnaire.REVIEW_STEP; step++) {
            Patient patient = new Patient(HTTP, app.baseUrl());
            FormClient.expect(patient.get("/screening/step/1"), 200);
            for (int answered = 1; answered < Math.min(step, Questionnaire.REVIEW_STEP); answered++) {
                patient.answerStep(answered);
            }
            patientAt.add(patient);
        }
    }

    @AfterContainer
    static void stopTheApp() throws Exception {
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.close();
        }
    }

    // --- the evaluation API ------------------------------------------------------------------

    @Property(tries = 1500)
    void mutatedAnswersGetAnEvaluationOrAListOfProblems(@ForAll("mutatedBodies") String body) throws Exception {
        String before = database.strings(DRAFTS_AND_SUBMISSIONS).get(0);
        HttpResponse<String> response = evaluate(body);
        Statistics.collect(response.statusCode());
        // the mutations produce both valid requests and every kind of invalid one
        Statistics.coverage(coverage -> {
            coverage.check(200).count(n -> n > 100);
            coverage.check(400).count(n -> n > 500);
        });

        assertThat(response.statusCode()).as(body).isIn(200, 400);
        JsonNode answer = JSON.readTree(response.body());
        if (response.statusCode() == 200) {
            assertThat(answer.get("rules")).as(body).hasSize(16);
            assertThat(answer.get("outcome").asText()).isIn("DISCUSS", "DISCUSS_AFTER_REVIEW", "NOT_SUITABLE_NOW");
        } else {
            assertThat(answer.get("errors")).as(body).isNotEmpty();
            answer.get("errors").forEach(error -> assertThat(error.get("message").asText()).isNotBlank());
        }
        assertClean(response);
        assertThat(database.strings(DRAFTS_AND_SUBMISSIONS).get(0)).as("the API stores nothing").isEqualTo(before);
    }

    @Property(tries = 500)
    void arbitraryTextIsRefusedAsABadRequest(@ForAll("arbitraryText") String body) throws Exception {
        HttpResponse<String> response = evaluate(body);
        assertThat(response.statusCode()).as(body).isBetween(400, 499);
        assertClean(response);
    }

    @Provide
    Arbitrary<String> mutatedBodies() {
        Arbitrary<UnaryOperator<ObjectNode>> mutation = Arbitraries.oneOf(
                itemIds().map(id -> answers -> { answers.remove(id); return answers; }),
                // another answer the question allows, which walks the rules' branches
                Arbitraries.of(Questionnaire.items()).flatMap(item -> allowedValue(item).map(value -> answers -> {
                    answers.set(item.id(), value);
                    return answers;
                })),
                Arbitraries.of(Questionnaire.items()).flatMap(item -> allowedValue(item).map(value -> answers -> {
                    answers.set(item.id(), value);
                    return answers;
                })),
                Combinators.combine(itemIds(), jsonValues()).as((id, value) -> answers -> {
                    answers.set(id, value);
                    return answers;
                }),
                Combinators.combine(Arbitraries.strings().ofMaxLength(20), jsonValues()).as((key, value) -> answers -> {
                    answers.set(key, value);
                    return answers;
                }),
                Combinators.combine(listItemIds(), listElements()).as((id, element) -> answers -> {
                    ArrayNode list = answers.putArray(id);
                    list.add(element).add(element);
                    return answers;
                }));
        return mutation.list().ofMinSize(1).ofMaxSize(6).map(mutations -> {
            ObjectNode body = (ObjectNode) readExample();
            ObjectNode answers = (ObjectNode) body.get("answers");
            mutations.forEach(m -> m.apply(answers));
            return body.toString();
        });
    }

    @Provide
    Arbitrary<String> arbitraryText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(300),
                Arbitraries.strings().withChars("{}[]\":,0123456789.-eE truefalsnul\\").ofMaxLength(200),
                // a valid body cut off anywhere
                Arbitraries.integers().between(0, EXAMPLE.length() - 2).map(end -> EXAMPLE.substring(0, end)),
                // shapes that are JSON but not a request
                Arbitraries.of("[]", "null", "42", "\"answers\"", "{\"answers\": []}", "{\"answers\": null}",
                        "{\"answers\": \"yes\"}", "{}", "{\"answers\": {}, \"extra\": 1}",
                        "[".repeat(5000) + "]".repeat(5000)));
    }

    private static Arbitrary<JsonNode> allowedValue(Item item) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (item.type()) {
            case CODE -> Arbitraries.of(item.codes()).map(nodes::textNode);
            case CODES -> Arbitraries.subsetOf(item.codes()).map(codes -> {
                ArrayNode array = nodes.arrayNode();
                codes.forEach(array::add);
                return (JsonNode) array;
            });
            case BOOLEAN -> Arbitraries.of(true, false).map(nodes::booleanNode);
            case INTEGER -> item.range() == null ? Arbitraries.integers().between(0, 10).map(nodes::numberNode)
                    : Arbitraries.integers().between(item.range().min().intValue(),
                            item.range().maxIn(java.time.Year.now()).intValue()).map(nodes::numberNode);
            case DECIMAL -> Arbitraries.doubles().between(0, 10).ofScale(1).map(nodes::numberNode);
        };
    }

    private static Arbitrary<String> itemIds() {
        return Arbitraries.of(Questionnaire.items().stream().map(Item::id).toList());
    }

    private static Arbitrary<String> listItemIds() {
        return Arbitraries.of("tenderJoints", "swollenJoints", "csdmardsTried", "advancedTried", "organConditions");
    }

    private static Arbitrary<JsonNode> listElements() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return Arbitraries.oneOf(Arbitraries.of(Questionnaire.JOINTS).map(nodes::textNode),
                Arbitraries.of("methotrexate", "heart", "unknown_code", "").map(nodes::textNode),
                Arbitraries.integers().map(nodes::numberNode));
    }

    private static Arbitrary<JsonNode> jsonValues() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return Arbitraries.oneOf(
                Arbitraries.integers().between(-1000, 1000).map(nodes::numberNode),
                Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE).map(n -> nodes.numberNode(n.longValue())),
                Arbitraries.doubles().map(nodes::numberNode),
                Arbitraries.of("1e309", "-0", "NaN", "12abc", " 52 ", "４２", "").map(nodes::textNode),
                Arbitraries.of("yes", "no", "unsure", "none", "das28_esr", "current", "not_applicable").map(nodes::textNode),
                Arbitraries.strings().ofMaxLength(40).map(nodes::textNode),
                Arbitraries.of(nodes.nullNode(), nodes.booleanNode(true), nodes.objectNode(), nodes.arrayNode()),
                Arbitraries.strings().ofMaxLength(10).list().ofMaxSize(30).map(values -> {
                    ArrayNode array = nodes.arrayNode();
                    values.forEach(array::add);
                    return array;
                }));
    }

    private static JsonNode readExample() {
        try {
            return JSON.readTree(EXAMPLE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> evaluate(String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/v1/evaluations"))
                .header("Content-Type", "application/json").header("Accept-Language", "zh-Hant")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    // --- the wizard ----------------------------------------------------------------------------

    @Property(tries = 2000)
    void randomFormPostsToAnyStepAreAnsweredCleanlyAndARefusedOneStoresNothing(
            @ForAll("stepPosts") StepPost stepPost, @ForAll("tokenHandling") String token) throws Exception {
        int step = stepPost.step();
        List<String> fields = stepPost.fields();
        Patient patient = patientAt.get(step);
        String path = step == Questionnaire.REVIEW_STEP ? "/screening/review" : "/screening/step/" + step;
        List<String> posted = new ArrayList<>();
        switch (token) {
            case "valid" -> posted.addAll(List.of("csrf-token", patient.csrfToken()));
            case "forged" -> posted.addAll(List.of("csrf-token", "forged-token-0123456789abcdef"));
            default -> { }
        }
        posted.addAll(fields);
        String before = database.strings(DRAFTS_AND_SUBMISSIONS).get(0);

        HttpResponse<String> response = patient.postForm(path, posted);
        Statistics.collect(response.statusCode());
        // the posts reach past the CSRF and field-name checks into validation, and sometimes through it
        Statistics.coverage(coverage -> {
            coverage.check(400).count(n -> n > 100);
            coverage.check(422).count(n -> n > 300);
            coverage.check(303).count(n -> n > 20);
        });

        assertThat(response.statusCode()).as(path + " " + posted).isIn(303, 400, 403, 422);
        assertClean(response);
        if (!"valid".equals(token)) {
            // a step shows itself again with what was typed (422); other forms end on the "form expired" page
            assertThat(response.statusCode()).as("refused without a valid CSRF token").isIn(400, 403, 422);
        }
        if (response.statusCode() != 303) {
            assertThat(database.strings(DRAFTS_AND_SUBMISSIONS).get(0)).as("a refused post stores nothing: " + posted)
                    .isEqualTo(before);
        }
    }

    @Provide
    Arbitrary<String> tokenHandling() {
        return Arbitraries.of("valid", "valid", "valid", "valid", "missing", "forged");
    }

    /** A step and fields for it: mostly its own questions, now and then another's or a made-up name. */
    record StepPost(int step, List<String> fields) {
    }

    @Provide
    Arbitrary<StepPost> stepPosts() {
        return Arbitraries.integers().between(1, Questionnaire.REVIEW_STEP).flatMap(step -> {
            List<String> own = step == Questionnaire.REVIEW_STEP ? List.of("confirm")
                    : Questionnaire.step(step).items().stream().map(Item::id).toList();
            Arbitrary<String> names = Arbitraries.frequencyOf(
                    Tuple.of(60, Arbitraries.of(own)),
                    Tuple.of(1, itemIds()),
                    Tuple.of(1, Arbitraries.strings().ofMaxLength(12)),
                    Tuple.of(1, Arbitraries.of("csrf-token", "return", "", "age[]")));
            return Combinators.combine(names, fieldValues()).as(List::of).list().ofMaxSize(12)
                    .map(pairs -> new StepPost(step, pairs.stream().flatMap(List::stream).toList()));
        });
    }

    private static Arbitrary<String> fieldValues() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of("yes", "no", "unsure", "none", "not_applicable", "inadequate", "intolerant",
                        "good", "methotrexate", "tnf_inhibitor", "heart", "wrist_left", "knee_right", "under_30",
                        "over_60", "das28_esr", "cdai", "current", "past_5y", "true", "false")),
                Tuple.of(4, Arbitraries.integers().between(-5, 200).map(String::valueOf)),
                Tuple.of(2, Arbitraries.of("", " ", "4.6", "1e3", "-0", "NaN", "3,5", "７", "52abc", "9".repeat(400),
                        "<script>alert(1)</script>", "' or 1=1 --", "\u0000", "名字")),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(30)));
    }

    private static void assertClean(HttpResponse<String> response) {
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat org.")
                .doesNotContain("\tat java.").doesNotContain("<!-- stack");
    }
}
