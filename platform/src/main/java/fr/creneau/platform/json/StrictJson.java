package fr.creneau.platform.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * An {@link ObjectMapper} that reads what clients send as it is written, and refuses the rest rather than guess: a key
 * twice in one object, a {@code null} inside a list or a map, a NUL character (U+0000, which PostgreSQL refuses in
 * text) in a string or a key, a number where a boolean, a text, a date or a value of a list is expected, a decimal
 * where an integer is, a text where a number or a boolean is, a date that is not a text in ISO 8601. Jackson's
 * defaults would read {@code "date": 123} as 1970-05-04, {@code 2} as {@code true} and {@code 1.5} agents as one.
 * Only requests are read with it: the events on Kafka and in the event stores keep the mapper they were written with.
 */
public final class StrictJson {

    private StrictJson() {
    }

    /** A copy of {@code base} (its modules and naming kept) that reads strictly. */
    public static ObjectMapper forRequests(ObjectMapper base) {
        ObjectMapper strict = base.copy();
        strict.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        strict.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        strict.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        strict.setDefaultLeniency(false);
        strict.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        refuse(strict, LogicalType.Boolean, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.String);
        refuse(strict, LogicalType.Integer, CoercionInputShape.Float, CoercionInputShape.String,
                CoercionInputShape.Boolean);
        refuse(strict, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
        refuse(strict, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(strict, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.Float);
        SimpleModule values = new SimpleModule("creneau-strict-values");
        values.addDeserializer(String.class, new NoNulString());
        values.addKeyDeserializer(String.class, new NoNulString.Key());
        values.setDeserializerModifier(new TemporalsAsText());
        strict.registerModule(values);
        return strict;
    }

    private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }
}
