package org.ramsc.prescreen.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.LogConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ramsc.prescreen.i18n.Lang;
import org.ramsc.prescreen.i18n.Messages;
import org.ramsc.prescreen.questionnaire.ExampleAnswers;

@QuarkusTest
class EvaluationApiTest {

    private static final String PATH = "/api/v1/evaluations";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RestAssuredConfig BIG_DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    /** Huge bodies must not be pretty-printed into the test log when a check fails. */
    private static final RestAssuredConfig PLAIN_LOG = RestAssuredConfig.config()
            .logConfig(LogConfig.logConfig().enablePrettyPrinting(false));

    /** Worked example 1 of rules.md as the API receives it (the request of api.md). */
    static Map<String, Object> example1() {
        return ExampleAnswers.example1().jsonValues();
    }

    /** Example 1 with some answers replaced; a null value removes the answer. */
    static String body(Object... keysAndValues) {
        Map<String, Object> answers = example1();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            String key = (String) keysAndValues[i];
            if (keysAndValues[i + 1] == null) {
                answers.remove(key);
            } else {
                answers.put(key, keysAndValues[i + 1]);
            }
        }
        return json(Map.of("answers", answers));
    }

    /** Example 1 with one answer replaced by raw JSON text, e.g. a number Jackson would not write. */
    static String bodyWithRaw(String key, String rawJson) {
        Map<String, Object> answers = example1();
        answers.put(key, "@@RAW@@");
        return json(Map.of("answers", answers)).replace("\"@@RAW@@\"", rawJson);
    }

    /** Example 1 with the answers of a JSON object text laid over it, written as given. */
    static String bodyWith(String answersJson) throws JsonProcessingException {
        Map<String, Object> answers = example1();
        JSON.readTree(answersJson).fieldNames().forEachRemaining(answers::remove);
        String rest = json(Map.of("answers", answers));
        return rest.substring(0, rest.length() - 2) + "," + answersJson.strip().substring(1) + "}";
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RequestSpecification post() {
        return given().contentType("application/json");
    }

    private static String text(Lang lang, String key) {
        return Messages.get().text(lang, key);
    }

    // --- 200: outcomes and languages ---

    @ParameterizedTest(name = "{0} in {2}")
    @CsvSource(delimiter = '|', textBlock = """
            DISCUSS              | example-1       | en      | en      | Rheumatoid arthritis diagnosis
            DISCUSS              | example-1       | zh-Hans | zh-Hans | 类风湿关节炎的诊断
            DISCUSS              | example-1       | zh-Hant | zh-Hant | 類風濕性關節炎的診斷
            DISCUSS_AFTER_REVIEW | example-3       | en      | en      | Rheumatoid arthritis diagnosis
            DISCUSS_AFTER_REVIEW | example-3       | zh-CN   | zh-Hans | 类风湿关节炎的诊断
            DISCUSS_AFTER_REVIEW | example-3       | zh-Hant | zh-Hant | 類風濕性關節炎的診斷
            NOT_SUITABLE_NOW     | example-4       | en-GB   | en      | Rheumatoid arthritis diagnosis
            NOT_SUITABLE_NOW     | example-4       | zh-Hans | zh-Hans | 类风湿关节炎的诊断
            NOT_SUITABLE_NOW     | example-4       | zh-TW   | zh-Hant | 類風濕性關節炎的診斷
            """)
    void answersGetTheirOutcomeWithAllSixteenRulesInTheRequestedLanguage(
            String outcome, String example, String acceptLanguage, String tag, String firstTitle) {
        String body = json(Map.of("answers", ExampleAnswers.named(example).jsonValues()));
        Lang lang = Lang.fromTag(tag).orElseThrow();

        post().header("Accept-Language", acceptLanguage).body(body)
                .when().post(PATH)
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .header("Content-Language", tag)
                .body("questionnaireVersion", equalTo("1"))
                .body("rulesetVersion", equalTo("1"))
                .body("outcome", equalTo(outcome))
                .body("rules", hasSize(16))
                .body("rules.id", contains("R01", "R02", "R03", "R04", "R05", "R06", "R07", "R08",
                        "R09", "R10", "R11", "R12", "R13", "R14", "R15", "R16"))
                .body("rules[0].title", equalTo(firstTitle))
                .body("rules[15].explanation", equalTo(text(lang, "rules.R16.reason.about_msc")))
                .body("rules.sources", everyItem(not(hasSize(0))))
                .body("rules[0].sources", hasItem(containsString("https://doi.org/10.1136/ard.2010.138461")));
    }

    @Test
    void eachRuleCarriesItsStatusAndTheReasonForIt() {
        post().body(body("jointFused", "yes", "lungDisease", "yes", "age", 71))
                .when().post(PATH)
                .then().statusCode(200)
                .body("outcome", equalTo("NOT_SUITABLE_NOW"))
                .body("rules.find { it.id == 'R02' }.status", equalTo("REVIEW"))
                .body("rules.find { it.id == 'R07' }.status", equalTo("NOT_MET"))
                .body("rules.find { it.id == 'R07' }.explanation", equalTo(text(Lang.EN, "rules.R07.reason.severe_damage")))
                .body("rules.find { it.id == 'R13' }.status", equalTo("CAUTION"))
                .body("rules.find { it.id == 'R16' }.status", equalTo("INFO"))
                .body("rules.find { it.id == 'R02' }.sources", hasItem(startsWith(
                        "Safety and Efficacy Study of Umbilical Cord-Derived Mesenchymal Stem Cells")));
    }

    @Test
    void langParameterBeatsAcceptLanguage() {
        post().queryParam("lang", "zh-Hant").header("Accept-Language", "en").body(body())
                .when().post(PATH)
                .then().statusCode(200)
                .header("Content-Language", "zh-Hant")
                .body("rules[0].title", equalTo("類風濕性關節炎的診斷"));
    }

    @ParameterizedTest(name = "Accept-Language {0} → {1}")
    @CsvSource({"zh-TW, zh-Hant", "zh-HK, zh-Hant", "'zh-Hant-TW,zh;q=0.8', zh-Hant", "zh-CN, zh-Hans",
            "zh, zh-Hans", "'fr-FR,zh-TW;q=0.5', zh-Hant", "de, en", "'', en", "'not a header ;;;', en"})
    void acceptLanguageChoosesTheScript(String acceptLanguage, String tag) {
        post().header("Accept-Language", acceptLanguage).body(body())
                .when().post(PATH)
                .then().statusCode(200)
                .header("Content-Language", tag);
    }

    @Test
    void anUnknownLangParameterFallsBackToAcceptLanguage() {
        post().queryParam("lang", "xx").header("Accept-Language", "zh-TW").body(body())
                .when().post(PATH)
                .then().statusCode(200)
                .header("Content-Language", "zh-Hant");
    }

    @Test
    void estimatesAreNumbersRoundedToTwoDecimalsOrNull() {
        String example5 = body("tenderJoints", List.of("wrist_left", "wrist_right", "mcp2_left", "knee_left"),
                "swollenJoints", List.of("wrist_left", "wrist_right", "knee_left"), "esr", 30, "patientGlobal", 6);

        Response response = post().config(BIG_DECIMALS).body(example5).when().post(PATH);

        response.then().statusCode(200)
                .body("scores.tenderCount", equalTo(4))
                .body("scores.swollenCount", equalTo(3))
                .body("scores.das28EsrEstimate", equalTo(new BigDecimal("4.83")))
                .body("scores.das28CrpEstimate", nullValue());
        assertThat(response.asString()).contains("\"das28EsrEstimate\":4.83", "\"das28CrpEstimate\":null");
    }

    @Test
    void bothEstimatesAreNullWithoutLabValues() {
        post().body(body()).when().post(PATH)
                .then().statusCode(200)
                .body("scores.tenderCount", equalTo(2))
                .body("scores.swollenCount", equalTo(0))
                .body("scores.das28EsrEstimate", nullValue())
                .body("scores.das28CrpEstimate", nullValue());
    }

    @Test
    void theResultIsNotCached() {
        post().body(body()).when().post(PATH)
                .then().statusCode(200).header("Cache-Control", "no-store");
    }

    // --- 400: answers that are not valid ---

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown answer key              | {"favouriteColour": "blue"}             | favouriteColour | unknown_field | validation.unknown_field
            unknown key even when null      | {"favouriteColour": null}               | favouriteColour | unknown_field | validation.unknown_field
            string for an integer           | {"age": "52"}                           | age             | wrong_type    | validation.wrong_type.number
            fraction for an integer         | {"age": 52.5}                           | age             | wrong_type    | validation.wrong_type.number
            boolean for an integer          | {"age": true}                           | age             | wrong_type    | validation.wrong_type.number
            string for a decimal            | {"scoreValue": "4.6"}                   | scoreValue      | wrong_type    | validation.wrong_type.decimal
            too many decimals               | {"scoreValue": 4.1234567890123456}      | scoreValue      | wrong_type    | validation.wrong_type.decimal
            tiny number                     | {"esr": 1e-999999999}                   | esr             | wrong_type    | validation.wrong_type.decimal
            number for a code               | {"raDiagnosed": 1}                      | raDiagnosed     | wrong_type    | validation.wrong_type
            array for a code                | {"raDiagnosed": ["yes"]}                | raDiagnosed     | wrong_type    | validation.wrong_type
            string for a list               | {"tenderJoints": "wrist_left"}          | tenderJoints    | wrong_type    | validation.wrong_type
            number in a list                | {"tenderJoints": ["wrist_left", 3]}     | tenderJoints    | wrong_type    | validation.wrong_type
            null in a list                  | {"tenderJoints": [null]}                | tenderJoints    | wrong_type    | validation.wrong_type
            object for a list               | {"tenderJoints": {"wrist_left": true}}  | tenderJoints    | wrong_type    | validation.wrong_type
            string for a boolean            | {"csdmardsTried": [], "csdmardContraindicated": "true"} | csdmardContraindicated | wrong_type | validation.wrong_type
            age above its range             | {"age": 121}                            | age             | out_of_range  | validation.out_of_range
            age below its range             | {"age": -1}                             | age             | out_of_range  | validation.out_of_range
            huge exponent                   | {"age": 1e999999999}                    | age             | out_of_range  | validation.out_of_range
            huge negative exponent          | {"age": -1E+400}                        | age             | out_of_range  | validation.out_of_range
            long integer                    | {"age": 123456789012345678901234567890} | age             | out_of_range  | validation.out_of_range
            DAS28 above 10                  | {"scoreValue": 10.01}                   | scoreValue      | out_of_range  | validation.out_of_range
            code not offered                | {"raDiagnosed": "maybe"}                | raDiagnosed     | unknown_code  | validation.unknown_code
            joint not offered               | {"tenderJoints": ["toe_left"]}          | tenderJoints    | unknown_code  | validation.unknown_code
            duplicate in a list             | {"tenderJoints": ["wrist_left", "wrist_left"]} | tenderJoints | duplicate  | validation.duplicate
            missing required answer         | {"age": null}                           | age             | required      | validation.required
            empty code                      | {"raDiagnosed": ""}                     | raDiagnosed     | required      | validation.required
            missing conditional answer      | {"scoreKnown": "das28_esr", "scoreValue": null} | scoreValue | required    | validation.required
            missing answer once a list has entries | {"advancedTried": ["abatacept"]} | advancedOutcome | required      | validation.required
            """)
    void anInvalidAnswerIsA400NamingTheFieldAndProblem(
            String description, String changes, String field, String code, String messageKey) throws Exception {
        String body = bodyWith(changes);

        Response response = post().body(body).when().post(PATH);

        response.then().statusCode(400)
                .contentType(startsWith("application/json"))
                .header("Content-Language", "en")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].code", equalTo(code));
        String message = response.path("errors[0].message");
        if (code.equals("out_of_range")) {
            assertThat(message).doesNotContain("{min}", "{max}").isNotBlank();
        } else {
            assertThat(message).isEqualTo(text(Lang.EN, messageKey));
        }
    }

    @Test
    void outOfRangeSaysTheRangeOfTheScoreThatWasChosen() {
        post().body(body("scoreValue", 11))
                .when().post(PATH)
                .then().statusCode(400)
                .body("errors[0].message", equalTo("Please enter a number from 0 to 10."));
        post().body(body("scoreKnown", "cdai", "scoreValue", 50))
                .when().post(PATH)
                .then().statusCode(200);
        post().body(bodyWithRaw("age", "1e999999999"))
                .when().post(PATH)
                .then().statusCode(400)
                .body("errors[0].message", equalTo("Please enter a number from 0 to 120."));
    }

    @Test
    void aConditionalAnswerIsNotRequiredWhenItsConditionIsFalse() {
        post().body(body("scoreKnown", "none", "scoreValue", null))
                .when().post(PATH)
                .then().statusCode(200);
        post().body(body("raDiagnosed", "no", "diagnosisYear", null))
                .when().post(PATH)
                .then().statusCode(200);
    }

    @Test
    void answersToItemsThatDoNotApplyAreIgnoredEvenWhenInvalid() {
        post().body(body("scoreKnown", "none", "scoreValue", 999))
                .when().post(PATH)
                .then().statusCode(200).body("outcome", equalTo("DISCUSS_AFTER_REVIEW"));
        post().body(body("scoreKnown", "none", "scoreValue", "not a number"))
                .when().post(PATH)
                .then().statusCode(200);
        post().body(body("steroidCurrent", "no", "steroidDoseMg", 40, "steroidCannotTaper", "yes"))
                .when().post(PATH)
                .then().statusCode(200)
                .body("rules.find { it.id == 'R06' }.status", equalTo("MEETS"))
                .body("outcome", equalTo("DISCUSS"));
    }

    @Test
    void nullCountsAsNotAnswered() {
        post().body(body("diagnosisYear", null, "esr", null, "crp", null)).when().post(PATH)
                .then().statusCode(200);
        post().body(bodyWithRaw("esr", "null")).when().post(PATH)
                .then().statusCode(200).body("scores.das28EsrEstimate", nullValue());
    }

    @Test
    void aWholeNumberWrittenWithDecimalsIsStillAWholeNumber() {
        post().body(bodyWithRaw("age", "52.000")).when().post(PATH)
                .then().statusCode(200);
    }

    @Test
    void everyProblemIsListedAtOnceInQuestionnaireOrder() {
        String body = body("favouriteColour", "blue", "age", 130, "raDiagnosed", "maybe", "scoreValue", "high",
                "tenderJoints", List.of("wrist_left", "wrist_left"), "pain", null, "csdmardOutcome", null);

        post().body(body).when().post(PATH)
                .then().statusCode(400)
                .body("errors.field", contains("favouriteColour", "age", "raDiagnosed", "scoreValue",
                        "tenderJoints", "pain", "csdmardOutcome"))
                .body("errors.code", contains("unknown_field", "out_of_range", "unknown_code", "wrong_type",
                        "duplicate", "required", "required"));
    }

    @Test
    void problemsAreExplainedInTheRequestLanguage() {
        post().header("Accept-Language", "zh-TW").body(body("age", "52", "pain", null))
                .when().post(PATH)
                .then().statusCode(400)
                .header("Content-Language", "zh-Hant")
                .body("errors.message", contains(text(Lang.ZH_HANT, "validation.wrong_type.number"),
                        text(Lang.ZH_HANT, "validation.required")));
        post().queryParam("lang", "zh-Hans").body(body("age", 200))
                .when().post(PATH)
                .then().statusCode(400)
                .header("Content-Language", "zh-Hans")
                .body("errors[0].message", equalTo("请输入 0 到 120 之间的数字。"));
    }

    // --- 400: bodies that are not an evaluation request at all ---

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            broken JSON                 | {"answers": {"age": 52
            not JSON at all             | age=52&raDiagnosed=yes
            empty object                | {}
            JSON array                  | [{"answers": {}}]
            JSON string                 | "answers"
            JSON null                   | null
            answers is a list           | {"answers": [52, "yes"]}
            answers is null             | {"answers": null}
            duplicate key               | {"answers": {"age": 52, "age": 53}}
            trailing text               | {"answers": {}} {"answers": {}}
            single quotes               | {'answers': {}}
            comment                     | /* hi */ {"answers": {}}
            number overflowing a double | {"answers": {"age": 1e999999999999999999999}}
            """)
    void aBodyThatIsNotAnAnswersObjectIsMalformed(String description, String body) {
        post().body(body).when().post(PATH)
                .then().statusCode(400)
                .contentType(startsWith("application/json"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("answers"))
                .body("errors[0].code", equalTo("malformed"))
                .body("errors[0].message", equalTo(text(Lang.EN, "validation.malformed")));
    }

    @Test
    void anEmptyBodyIsMalformed() {
        post().when().post(PATH)
                .then().statusCode(400)
                .body("errors[0].code", equalTo("malformed"));
        post().body("").when().post(PATH)
                .then().statusCode(400)
                .body("errors[0].code", equalTo("malformed"));
    }

    @Test
    void unknownTopLevelKeysAreNamed() {
        String body = body().replaceFirst("^\\{", "{\"version\":1,");

        post().body(body).when().post(PATH)
                .then().statusCode(400)
                .body("errors.field", contains("version"))
                .body("errors.code", contains("unknown_field"));
    }

    @Test
    void deeplyNestedJsonIsMalformedNotAServerError() {
        String body = "{\"answers\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";

        post().config(PLAIN_LOG).body(body).when().post(PATH)
                .then().statusCode(400)
                .body("errors[0].code", equalTo("malformed"));
    }

    @Test
    void aBodyOverTheSizeLimitIsRejectedWithoutAStackTrace() {
        String padding = "x".repeat(300 * 1024);
        String body = "{\"answers\":{\"age\":52,\"pad\":\"" + padding + "\"}}";

        Response response = post().config(PLAIN_LOG).body(body).when().post(PATH);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.asString()).doesNotContain("Exception", "at org.", "at io.");
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        given().contentType("text/plain").body("age=52").when().post(PATH)
                .then().statusCode(415);
    }

    // --- documentation ---

    @Test
    void theOpenApiDocumentDescribesTheEvaluationEndpoint() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/evaluations'.post.tags", hasItem("Evaluations"))
                .body("paths.'/api/v1/evaluations'.post.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/Evaluation"))
                .body("paths.'/api/v1/evaluations'.post.responses.'400'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/Errors"))
                .body("paths.'/api/v1/evaluations'.post.requestBody.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/EvaluationRequest"))
                .body("components.schemas.Answers.properties.tenderJoints.items.enum", hasItem("knee_right"))
                .body("components.schemas.Answers.properties.age.maximum", equalTo(120))
                .body("components.schemas.Answers.required", hasItem("raDiagnosed"))
                .body("components.schemas.Answers.required", not(hasItem("scoreValue")))
                .body("components.schemas.Evaluation.properties.rules.type", equalTo("array"));
    }
}
