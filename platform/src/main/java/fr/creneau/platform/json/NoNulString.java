package fr.creneau.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import java.io.IOException;

/** Reads a string as Jackson does, and refuses one holding U+0000: PostgreSQL cannot store it in a text column. */
final class NoNulString extends StringDeserializer {

    static final char NUL = '\u0000';

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = super.deserialize(parser, context);
        if (value != null && value.indexOf(NUL) >= 0) {
            throw InvalidFormatException.from(parser, "U+0000 in a string", value, String.class);
        }
        return value;
    }

    /** The same for the keys of a map. */
    static final class Key extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            if (key.indexOf(NUL) >= 0) {
                throw InvalidFormatException.from(context.getParser(), "U+0000 in a key", key, String.class);
            }
            return key;
        }
    }
}
