package org.ramsc.prescreen.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ramsc.prescreen.questionnaire.Problem;

/** The JSON side of the API without the server: number handling and body shapes. */
class JsonAnswersTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final JsonAnswers reader = new JsonAnswers(MAPPER);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "52, 52",
            "52.000, 52",
            "-3, -3",
            "4.6, 4.6",
            "0.000000000000001, 0.000000000000001",
            "0e999999999, 0",
            "-0.0, 0",
            "999999999999999, 999999999999999",
            "1000000000000000, 999999999999999",
            "1e999999999, 999999999999999",
            "-1E+400, -999999999999999",
            "123456789012345678901234567890, 999999999999999",
            "1e-30, 1E-30",
            "1e-999999999, 1E-999999999",
            "4.1234567890123456, 4.1234567890123456"})
    void numbersBecomeShortTextWithoutEverBeingExpanded(String json, String text) throws Exception {
        var node = MAPPER.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(json);

        assertThat(JsonAnswers.numberText(node)).isEqualTo(text);
    }

    @Test
    @Timeout(5)
    void hugeExponentsAreReportedQuicklyAsOutOfRangeOrWrongType() {
        JsonAnswers.Result result = read("{\"answers\":{\"age\":1e999999999,\"esr\":1e-999999999}}");

        assertThat(result.problems()).extracting(Problem::field, Problem::code)
                .startsWith(tuple("age", Problem.OUT_OF_RANGE))
                .contains(tuple("esr", Problem.WRONG_TYPE));
    }

    @Test
    void aWrongTypeIsNotAlsoReportedAsMissing() {
        JsonAnswers.Result result = read("{\"answers\":{\"age\":\"52\"}}");

        assertThat(result.problems()).filteredOn(p -> p.field().equals("age"))
                .extracting(Problem::code).containsExactly(Problem.WRONG_TYPE);
    }

    @Test
    void unknownTopLevelKeysAndAMissingAnswersObjectAreBothNamed() {
        JsonAnswers.Result result = read("{\"answer\":{}}");

        assertThat(result.problems()).extracting(Problem::field, Problem::code).containsExactly(
                tuple("answers", JsonAnswers.MALFORMED),
                tuple("answer", Problem.UNKNOWN_FIELD));
    }

    @Test
    void noBodyAtAllIsMalformed() {
        assertThat(reader.read(null, Year.of(2025)).problems()).extracting(Problem::code)
                .containsExactly(JsonAnswers.MALFORMED);
        assertThat(reader.read(new byte[0], Year.of(2025)).problems()).extracting(Problem::code)
                .containsExactly(JsonAnswers.MALFORMED);
    }

    @Test
    void invalidUtf8IsMalformed() {
        byte[] body = {'{', '"', 'a', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};

        assertThat(reader.read(body, Year.of(2025)).problems()).extracting(Problem::code)
                .containsExactly(JsonAnswers.MALFORMED);
    }

    @Test
    @Timeout(5)
    void aLongNumberIsRejectedBeforeItIsParsed() {
        String digits = "1".repeat(5_000);

        assertThat(read("{\"answers\":{\"age\":" + digits + "}}").problems()).extracting(Problem::code)
                .containsExactly(JsonAnswers.MALFORMED);
    }

    private JsonAnswers.Result read(String json) {
        return reader.read(json.getBytes(StandardCharsets.UTF_8), Year.of(2025));
    }
}
