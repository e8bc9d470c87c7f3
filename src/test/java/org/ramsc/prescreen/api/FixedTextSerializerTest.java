package org.ramsc.prescreen.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FixedTextSerializerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Plain(String text, List<String> texts) {
    }

    record Encoded(@JsonSerialize(using = FixedTextSerializer.class) String text,
            @JsonSerialize(contentUsing = FixedTextSerializer.class) List<String> texts) {
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Rheumatoid arthritis diagnosis",
            "类风湿关节炎的诊断",
            "類風濕性關節炎的診斷",
            "Ann Rheum Dis 2010;69:1580–1588. IFN-γ",
            "quotes \" and \\ backslashes / slashes",
            "control \n\t\u0001 characters",
            "",
    })
    void writesTheSameBytesAsJacksonDoesForAPlainString(String text) throws Exception {
        byte[] plain = JSON.writeValueAsBytes(new Plain(text, List.of(text, "second")));
        byte[] encoded = JSON.writeValueAsBytes(new Encoded(text, List.of(text, "second")));

        assertThat(new String(encoded, StandardCharsets.UTF_8)).isEqualTo(new String(plain, StandardCharsets.UTF_8));
        // and again, now from the kept encoding
        assertThat(JSON.writeValueAsBytes(new Encoded(text, List.of(text, "second")))).isEqualTo(plain);
    }

    @Test
    void aCharacterOutsideTheBasicPlaneReadsTheSame() throws Exception {
        // plain Jackson escapes it as a surrogate pair, the kept encoding writes its four UTF-8 bytes:
        // the same string once parsed
        String text = "outside the BMP: \uD83D\uDE00";

        byte[] encoded = JSON.writeValueAsBytes(new Encoded(text, List.of(text)));

        assertThat(JSON.readTree(encoded)).isEqualTo(JSON.readTree(JSON.writeValueAsBytes(new Plain(text, List.of(text)))));
        assertThat(JSON.readTree(encoded).get("text").textValue()).isEqualTo(text);
    }

    @Test
    void nullsStayNull() throws Exception {
        assertThat(JSON.writeValueAsString(new Encoded(null, null)))
                .isEqualTo(JSON.writeValueAsString(new Plain(null, null)));
    }

    @Test
    void keepsNoMoreThanItsLimitHoweverManyTextsItSees() {
        FixedTextSerializer serializer = new FixedTextSerializer();
        for (int i = 0; i < FixedTextSerializer.MAX_ENTRIES + 100; i++) {
            String text = "text number " + i;
            assertThat(serializer.encoded(text).getValue()).isEqualTo(text);
        }

        assertThat(serializer.cachedCount()).isEqualTo(FixedTextSerializer.MAX_ENTRIES);
        assertThat(serializer.encoded("one more").getValue()).isEqualTo("one more");
    }
}
