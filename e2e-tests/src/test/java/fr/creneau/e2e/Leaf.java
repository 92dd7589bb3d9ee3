package fr.creneau.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A value inside a JSON body, with its schema: a field, the first element of a list, the first value of a map (a
 * map at the top is the body itself). {@code type} is the schema's type, or {@code map} for an object of any keys.
 */
record Leaf(List<Object> path, JsonNode schema, String type) {

    static List<Leaf> all(JsonNode body, JsonNode schema) {
        List<Leaf> leaves = new ArrayList<>();
        walk(body, schema, List.of(), leaves);
        return leaves;
    }

    private static void walk(JsonNode value, JsonNode schema, List<Object> path, List<Leaf> leaves) {
        String type = typeOf(schema);
        if (!path.isEmpty() || type.equals("map")) {
            leaves.add(new Leaf(path, schema, type));
        }
        switch (type) {
            case "object" -> schema.path("properties").fields().forEachRemaining(property -> {
                if (value.has(property.getKey())) {
                    walk(value.get(property.getKey()), property.getValue(), with(path, property.getKey()), leaves);
                }
            });
            case "array" -> {
                if (!value.isEmpty()) {
                    walk(value.get(0), schema.path("items"), with(path, 0), leaves);
                }
            }
            case "map" -> {
                if (!value.isEmpty()) {
                    String key = value.fieldNames().next();
                    walk(value.get(key), schema.path("additionalProperties"), with(path, key), leaves);
                }
            }
            default -> { }
        }
    }

    private static String typeOf(JsonNode schema) {
        String type = schema.path("type").asText("");
        if (type.isEmpty() && schema.has("enum")) {
            return "string";
        }
        if ((type.isEmpty() || type.equals("object")) && !schema.has("properties")
                && schema.has("additionalProperties")) {
            return "map";
        }
        return type.isEmpty() ? "object" : type;
    }

    private static List<Object> with(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return longer;
    }

    /** The field's name, or the list's or map's whose element it is. */
    String name() {
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i) instanceof String name && (i == path.size() - 1 || !(path.get(i + 1) instanceof String))) {
                return name;
            }
        }
        return "";
    }

    JsonNode in(JsonNode body) {
        JsonNode node = body;
        for (Object step : path) {
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
        }
        return node;
    }

    /** A copy of {@code body} with this value replaced by {@code value}. */
    JsonNode replacedIn(JsonNode body, JsonNode value) {
        if (path.isEmpty()) {
            return value;
        }
        JsonNode copy = body.deepCopy();
        JsonNode parent = copy;
        for (Object step : path.subList(0, path.size() - 1)) {
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
        return copy;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Object step : path) {
            text.append(step instanceof Integer index ? "[" + index + "]" : (text.isEmpty() ? "" : ".") + step);
        }
        return text.isEmpty() ? "the body" : text.toString();
    }
}
