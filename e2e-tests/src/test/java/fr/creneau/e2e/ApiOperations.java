package fr.creneau.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every operation of the OpenAPI documents the gateway serves: the four services' and its own. An operation added
 * later is read too. References to the documents' schemas are replaced by the schemas themselves.
 */
final class ApiOperations {

    static final List<String> DOCUMENTS = List.of("planning", "booking", "notifications", "stats", "gateway");
    private static final int DEEPEST = 8;

    private ApiOperations() {
    }

    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /** {@code bodySchema} is null when the operation takes no body; {@code bodyType} is its media type. */
    record Operation(String document, String method, String pattern, List<Parameter> parameters, String bodyType,
                     JsonNode bodySchema) {

        List<Parameter> in(String where) {
            return parameters.stream().filter(parameter -> parameter.in().equals(where)).toList();
        }

        boolean takesJson() {
            return bodySchema != null && bodyType.contains("json");
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    static List<Operation> read(Gateway anyone) {
        List<Operation> operations = new ArrayList<>();
        for (String document : DOCUMENTS) {
            Gateway.Reply reply = anyone.get("/api-docs/" + document);
            if (reply.status() != 200) {
                throw new IllegalStateException("OpenAPI document " + document + ": " + reply);
            }
            JsonNode root = reply.json();
            root.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation ->
                    operations.add(operation(document, root, path.getKey(), operation.getKey(), operation.getValue()))));
        }
        operations.sort(Comparator.comparing(Operation::toString));
        return operations;
    }

    private static Operation operation(String document, JsonNode root, String pattern, String method, JsonNode node) {
        List<Parameter> parameters = new ArrayList<>();
        node.path("parameters").forEach(parameter -> parameters.add(new Parameter(parameter.get("name").asText(),
                parameter.get("in").asText(), parameter.path("required").asBoolean(),
                resolved(root, parameter.path("schema"), 0))));
        JsonNode content = node.path("requestBody").path("content");
        String bodyType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
        JsonNode bodySchema = bodyType == null ? null : resolved(root, content.get(bodyType).path("schema"), 0);
        return new Operation(document, method.toUpperCase(), pattern, parameters, bodyType, bodySchema);
    }

    private static JsonNode resolved(JsonNode root, JsonNode schema, int depth) {
        if (schema.has("$ref") && depth < DEEPEST) {
            String[] names = schema.get("$ref").asText().replaceFirst("^#/", "").split("/");
            JsonNode target = root;
            for (String name : names) {
                target = target.path(name);
            }
            return resolved(root, target, depth + 1);
        }
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode copy = schema.deepCopy();
        if (copy.has("properties")) {
            ObjectNode properties = (ObjectNode) copy.get("properties");
            List<String> names = new ArrayList<>();
            properties.fieldNames().forEachRemaining(names::add);
            names.forEach(name -> properties.set(name, resolved(root, properties.get(name), depth + 1)));
        }
        for (String child : List.of("items", "additionalProperties")) {
            if (copy.get(child) != null && copy.get(child).isObject()) {
                copy.set(child, resolved(root, copy.get(child), depth + 1));
            }
        }
        return copy;
    }
}
