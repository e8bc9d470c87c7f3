package org.ramsc.prescreen.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a text that comes from a fixed set (a rule's title and explanation from the message
 * bundles, a source's citation) from its JSON bytes, quoted and UTF-8 encoded once. An evaluation
 * answers with about 11 KB of such texts, the same for every request in one language, and
 * encoding them character by character took a third of the endpoint's CPU.
 */
final class FixedTextSerializer extends StdSerializer<String> {

    /** Far above the texts there are (16 rules × 3 languages × a few reasons, and the citations). */
    static final int MAX_ENTRIES = 4096;

    /** One per property that names this serializer: titles, explanations and citations apart. */
    private final ConcurrentHashMap<String, SerializedString> encodings = new ConcurrentHashMap<>();

    FixedTextSerializer() {
        super(String.class);
    }

    @Override
    public void serialize(String text, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeString(encoded(text));
    }

    /** The text's encoding, kept for the next request unless the set has grown past what it can be. */
    SerializableString encoded(String text) {
        SerializedString encoded = encodings.get(text);
        if (encoded == null) {
            encoded = new SerializedString(text);
            if (encodings.size() < MAX_ENTRIES) {
                encodings.putIfAbsent(text, encoded);
            }
        }
        return encoded;
    }

    int cachedCount() {
        return encodings.size();
    }
}
