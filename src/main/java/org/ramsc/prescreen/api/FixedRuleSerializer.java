package org.ramsc.prescreen.api;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import org.ramsc.prescreen.api.EvaluationResponse.RuleView;

/**
 * Writes a rule's verdict from its whole JSON, encoded once. A verdict is its rule, its status and
 * its texts in one language, which makes a small fixed set (16 rules, each with a few reasons, in 3
 * languages), and an answer lists 16 of them: about 11 KB that no longer go through Jackson field by
 * field for every request. The first time a verdict is seen it is written by Jackson's own
 * serializer for {@link RuleView}, so the kept bytes are exactly what Jackson would write.
 */
final class FixedRuleSerializer extends StdSerializer<RuleView> {

    /** Far above the verdicts there are; the same bound as {@link FixedTextSerializer}'s. */
    static final int MAX_ENTRIES = FixedTextSerializer.MAX_ENTRIES;

    private static final JsonFactory PLAIN_FACTORY = new JsonFactory();

    private final ConcurrentHashMap<RuleView, SerializedString> encodings = new ConcurrentHashMap<>();

    FixedRuleSerializer() {
        super(RuleView.class);
    }

    @Override
    public void serialize(RuleView rule, JsonGenerator generator, SerializerProvider provider) throws IOException {
        SerializedString encoded = encodings.get(rule);
        if (encoded == null) {
            encoded = new SerializedString(encode(rule, generator, provider));
            if (encodings.size() < MAX_ENTRIES) {
                encodings.putIfAbsent(rule, encoded);
            }
        }
        generator.writeRawValue(encoded);
    }

    /** The verdict as Jackson's bean serializer writes it, with the mapper's own settings. */
    private static String encode(RuleView rule, JsonGenerator generator, SerializerProvider provider)
            throws IOException {
        JsonSerializer<Object> bean = provider.findValueSerializer(RuleView.class);
        ObjectCodec codec = generator.getCodec();
        JsonFactory factory = codec == null ? PLAIN_FACTORY : codec.getFactory();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator own = factory.createGenerator(out, JsonEncoding.UTF8)) {
            bean.serialize(rule, own, provider);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    int cachedCount() {
        return encodings.size();
    }
}
