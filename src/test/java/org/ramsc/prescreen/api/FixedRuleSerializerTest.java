package org.ramsc.prescreen.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ramsc.prescreen.api.EvaluationResponse.RuleView;
import org.ramsc.prescreen.rules.Status;

class FixedRuleSerializerTest {

    record Plain(List<RuleView> rules, String after) {
    }

    record Encoded(@JsonSerialize(contentUsing = FixedRuleSerializer.class) List<RuleView> rules, String after) {
    }

    static Stream<Arguments> verdicts() {
        return Stream.of(
                Arguments.of(new RuleView("R01", Status.MEETS, "Rheumatoid arthritis diagnosis",
                        "You said a doctor diagnosed rheumatoid arthritis.", List.of("Aletaha D, et al. 2010."))),
                Arguments.of(new RuleView("R07", Status.CAUTION, "类风湿关节炎的诊断", "医生确诊了\"类风湿\"。",
                        List.of("来源一", "來源二 \\ 和 / 斜线"))),
                Arguments.of(new RuleView("R16", Status.REVIEW, "control \n\t\u0001 characters", null, List.of())),
                Arguments.of(new RuleView("R02", Status.NOT_MET, "", "", null)));
    }

    @ParameterizedTest
    @MethodSource("verdicts")
    void writesTheSameBytesAsJacksonDoesForTheVerdict(RuleView verdict) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<RuleView> rules = List.of(verdict, verdict, new RuleView("R03", Status.MEETS, "t", "e", List.of("s")));
        byte[] plain = json.writeValueAsBytes(new Plain(rules, "next"));

        byte[] first = json.writeValueAsBytes(new Encoded(rules, "next"));
        // and again, now from the kept encodings
        byte[] second = json.writeValueAsBytes(new Encoded(rules, "next"));

        assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo(new String(plain, StandardCharsets.UTF_8));
        assertThat(second).isEqualTo(plain);
    }

    @Test
    void followsTheMappersOwnSettings() throws Exception {
        // the kept bytes come from the mapper's serializer for a verdict, not from a fixed layout
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.WRITE_ENUMS_USING_INDEX);
        List<RuleView> rules = List.of(new RuleView("R05", Status.NOT_MET, "title", "why", List.of("a source")));

        assertThat(json.writeValueAsString(new Encoded(rules, null)))
                .isEqualTo(json.writeValueAsString(new Plain(rules, null)));
    }

    @Test
    void anEmptyListAndNoListStayWhatTheyAre() throws Exception {
        ObjectMapper json = new ObjectMapper();

        assertThat(json.writeValueAsString(new Encoded(List.of(), "x"))).isEqualTo("{\"rules\":[],\"after\":\"x\"}");
        assertThat(json.writeValueAsString(new Encoded(null, "x"))).isEqualTo(json.writeValueAsString(new Plain(null, "x")));
    }

    @Test
    void keepsNoMoreThanItsLimitHoweverManyVerdictsItSees() throws Exception {
        ObjectMapper json = new ObjectMapper();
        FixedRuleSerializer serializer = new FixedRuleSerializer();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = json.getFactory().createGenerator(out)) {
            generator.writeStartArray();
            for (int i = 0; i < FixedRuleSerializer.MAX_ENTRIES + 100; i++) {
                serializer.serialize(new RuleView("R01", Status.MEETS, "title " + i, "why", List.of()), generator,
                        json.getSerializerProviderInstance());
            }
            generator.writeEndArray();
        }

        assertThat(serializer.cachedCount()).isEqualTo(FixedRuleSerializer.MAX_ENTRIES);
        // the verdicts past the limit are still written, each from its own encoding
        assertThat(json.readTree(out.toByteArray())).hasSize(FixedRuleSerializer.MAX_ENTRIES + 100);
        assertThat(json.readTree(out.toByteArray()).get(FixedRuleSerializer.MAX_ENTRIES + 99).get("title").textValue())
                .isEqualTo("title " + (FixedRuleSerializer.MAX_ENTRIES + 99));
    }
}
