package fr.creneau.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.creneau.e2e.BadRequests.Kind;

import java.util.ArrayList;
import java.util.List;

/**
 * A good JSON body spoilt in one way at a time: cut short, a key twice, and for each of its values (each field, the
 * first element of each list, the first value of each map) every bad value of its type.
 */
final class SpoiltBodies {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int HUGE = 20_000;
    private static final int PAST_THE_LIMIT = 1024 * 1024;

    private final JsonNode schema;
    private final JsonNode body;
    private final List<Spoilt> spoilt = new ArrayList<>();

    private SpoiltBodies(JsonNode schema, JsonNode body) {
        this.schema = schema;
        this.body = body;
    }

    record Spoilt(Kind kind, String what, String json) {
    }

    /** {@code body} spoilt every way, {@code schema} saying what each of its values is. */
    static List<Spoilt> of(JsonNode schema, JsonNode body) {
        SpoiltBodies bodies = new SpoiltBodies(schema, body);
        bodies.spoil();
        return bodies.spoilt;
    }

    private void spoil() {
        String text = GoodValues.json(body);
        json(Kind.MALFORMED_JSON, "cut short", text.substring(0, text.length() - 1));
        json(Kind.MALFORMED_JSON, "single quotes", text.replace('"', '\''));
        json(Kind.MALFORMED_JSON, "no body", "");
        json(Kind.MALFORMED_JSON, "a trailing comma", text.substring(0, text.length() - 1) + ",}");
        if (body.isObject() && body.size() > 0) {
            String first = body.fieldNames().next();
            json(Kind.DUPLICATE_KEYS, first + " twice", text.substring(0, text.length() - 1) + ",\"" + first + "\":"
                    + GoodValues.json(body.get(first)) + "}");
        }
        json(Kind.WRONG_TYPES, "a list for the body", "[]");
        json(Kind.WRONG_TYPES, "a text for the body", "\"essai\"");
        for (Leaf leaf : Leaf.all(body, schema)) {
            spoil(leaf);
        }
        Leaf.all(body, schema).stream().filter(leaf -> leaf.type().equals("string")).findFirst()
                .ifPresent(leaf -> json(Kind.HUGE_STRINGS, leaf + " past the body limit",
                        GoodValues.json(leaf.replacedIn(body, NODES.textNode("a".repeat(PAST_THE_LIMIT))))));
    }

    private void spoil(Leaf leaf) {
        switch (leaf.type()) {
            case "string" -> {
                with(Kind.NUL, leaf, "U+0000", NODES.textNode("a\u0000b"));
                with(Kind.HUGE_STRINGS, leaf, HUGE + " characters", NODES.textNode("é".repeat(HUGE)));
                with(Kind.WRONG_TYPES, leaf, "a number", NODES.numberNode(123));
                with(Kind.WRONG_TYPES, leaf, "an object", NODES.objectNode());
                switch (leaf.schema().path("format").asText()) {
                    case "date" -> {
                        with(Kind.INVALID_DATES, leaf, "2026-02-30", NODES.textNode("2026-02-30"));
                        with(Kind.INVALID_DATES, leaf, "14/03/2026", NODES.textNode("14/03/2026"));
                    }
                    case "date-time" -> {
                        with(Kind.INVALID_DATES, leaf, "25:00", NODES.textNode("2026-03-14T25:00:00+01:00"));
                        with(Kind.INVALID_DATES, leaf, "demain", NODES.textNode("demain"));
                    }
                    default -> { }
                }
                if (leaf.schema().has("enum") || BadRequests.ENUMS_BY_NAME.contains(leaf.name())) {
                    with(Kind.UNKNOWN_ENUMS, leaf, "INCONNU", NODES.textNode("INCONNU"));
                }
            }
            case "integer" -> {
                with(Kind.WRONG_TYPES, leaf, "1.5", NODES.numberNode(1.5));
                with(Kind.WRONG_TYPES, leaf, "a text", NODES.textNode("1"));
                with(Kind.WRONG_TYPES, leaf, "a boolean", NODES.booleanNode(true));
            }
            case "number" -> with(Kind.WRONG_TYPES, leaf, "a text", NODES.textNode("45.0"));
            case "boolean" -> {
                with(Kind.WRONG_TYPES, leaf, "2", NODES.numberNode(2));
                with(Kind.WRONG_TYPES, leaf, "a text", NODES.textNode("true"));
            }
            case "array" -> {
                ArrayNode withNull = ((ArrayNode) leaf.in(body).deepCopy()).addNull();
                with(Kind.NULL_ELEMENTS, leaf, "null in the list", withNull);
                with(Kind.WRONG_TYPES, leaf, "a text", NODES.textNode("essai"));
            }
            case "map" -> {
                ObjectNode map = (ObjectNode) leaf.in(body).deepCopy();
                if (map.size() > 0) {
                    String key = map.fieldNames().next();
                    with(Kind.NULL_ELEMENTS, leaf, key + " = null", map.deepCopy().putNull(key));
                    ObjectNode unknownKey = NODES.objectNode();
                    unknownKey.set("INCONNU", map.get(key));
                    with(Kind.UNKNOWN_ENUMS, leaf, "key INCONNU", unknownKey);
                }
                with(Kind.WRONG_TYPES, leaf, "a text", NODES.textNode("essai"));
            }
            default -> with(Kind.WRONG_TYPES, leaf, "a text", NODES.textNode("essai"));
        }
    }

    private void with(Kind kind, Leaf leaf, String what, JsonNode value) {
        json(kind, leaf + " = " + what, GoodValues.json(leaf.replacedIn(body, value)));
    }

    private void json(Kind kind, String what, String json) {
        spoilt.add(new Spoilt(kind, what, json));
    }

}
