package fr.creneau.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.creneau.e2e.ApiOperations.Operation;
import fr.creneau.e2e.ApiOperations.Parameter;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request each operation would accept, in a commune set up for it: its ids in the path, the required query
 * parameters, and a body built from the operation's schema with a sensible value for each field it knows by name.
 * The bad inputs are these requests with one thing wrong.
 */
final class GoodValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final LocalDate DAY = FurnishedCommune.MONDAY.plusWeeks(6);
    private static final Map<String, String> TEXTS = Map.ofEntries(
            Map.entry("name", "Essai"), Map.entry("address", "1 rue de l'Essai"), Map.entry("label", "Essai"),
            Map.entry("range", "09h00-10h00"), Map.entry("bookingHorizon", "2m"), Map.entry("minimumNotice", "60m"),
            Map.entry("timeZone", "Europe/Paris"), Map.entry("fullName", "Jeanne Martin"),
            Map.entry("displayName", "Agent Essai"), Map.entry("email", "essai@example.fr"),
            Map.entry("mobile", "+33612345678"), Map.entry("code", "123456"),
            Map.entry("password", "un-mot-de-passe-long"), Map.entry("subject", "Objet"), Map.entry("body", "Bonjour"),
            Map.entry("channel", "PHONE"), Map.entry("scope", "COMMUNE"), Map.entry("bookableWith", "SERVICE"));
    private static final Map<String, Integer> INTEGERS = Map.of("durationMinutes", 20, "maxPersons", 2,
            "retentionMonths", 12, "year", 2026, "limit", 10);

    private final Map<String, String> ids;

    GoodValues(Map<String, String> ids) {
        this.ids = new HashMap<>(ids);
        this.ids.putIfAbsent("token", "jeton-inconnu");
        this.ids.putIfAbsent("targetId", ids.get("placeId"));
    }

    /** The path with the commune's ids, and {@code variable} written as {@code rawValue} when not null. */
    String path(Operation operation, String variable, String rawValue) {
        Matcher matcher = VARIABLE.matcher(operation.pattern());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = name.equals(variable) ? rawValue : ids.getOrDefault(name, "inconnu-" + name);
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(path).toString();
    }

    /** The path and the required query parameters, with {@code parameter} (required or not) as {@code rawValue}. */
    String target(Operation operation, String parameter, String rawValue) {
        StringBuilder target = new StringBuilder(path(operation, null, null));
        for (Parameter query : operation.in("query")) {
            String value = query.name().equals(parameter) ? rawValue : query.required() ? queryValue(query) : null;
            if (value != null) {
                target.append(target.indexOf("?") < 0 ? '?' : '&').append(query.name()).append('=').append(value);
            }
        }
        return target.toString();
    }

    String target(Operation operation) {
        return target(operation, null, null);
    }

    private String queryValue(Parameter query) {
        return switch (query.name()) {
            case "from", "date" -> DAY.toString();
            case "to" -> DAY.plusDays(6).toString();
            default -> query.schema().path("type").asText().equals("integer") ? "1"
                    : query.schema().path("type").asText().equals("boolean") ? "true"
                    : ids.getOrDefault(query.name(), "essai");
        };
    }

    JsonNode body(Operation operation) {
        if (operation.pattern().endsWith("/channels")) {
            ObjectNode channels = NODES.objectNode();
            channels.putArray("CONFIRMATION").add("SMS");
            return channels;
        }
        return value(operation, "", operation.bodySchema());
    }

    private JsonNode value(Operation operation, String name, JsonNode schema) {
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        return switch (schema.path("type").asText("object")) {
            case "string" -> NODES.textNode(text(operation, name, schema));
            case "integer" -> NODES.numberNode(INTEGERS.getOrDefault(name, 1));
            case "number" -> NODES.numberNode(45.0);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> list(operation, name, schema);
            default -> object(operation, name, schema);
        };
    }

    private String text(Operation operation, String name, JsonNode schema) {
        return switch (schema.path("format").asText()) {
            case "date" -> DAY.toString();
            case "date-time" -> operation.pattern().contains("/absences") ? DAY.atTime(9, 0).toString()
                    : DAY.atTime(9, 0).atZone(FurnishedCommune.PARIS).toOffsetDateTime().toString();
            case "uuid" -> UUID.randomUUID().toString();
            default -> name.equals("slug") || name.equals("username")
                    ? "essai-" + UUID.randomUUID().toString().substring(0, 8)
                    : TEXTS.getOrDefault(name, ids.getOrDefault(name, "essai"));
        };
    }

    private JsonNode list(Operation operation, String name, JsonNode schema) {
        ArrayNode list = NODES.arrayNode();
        switch (name) {
            case "delays" -> list.add("24h");
            case "roles" -> list.add("AGENT");
            case "antsNumbers" -> list.add("ABCDE12345");
            case "emails" -> list.add("agents@example.fr");
            case "appointmentTypeIds", "serviceIds", "counterIds" ->
                    list.add(ids.get(name.substring(0, name.length() - 3) + "Id"));
            default -> list.add(value(operation, "", schema.path("items")));
        }
        return list;
    }

    private JsonNode object(Operation operation, String name, JsonNode schema) {
        ObjectNode object = NODES.objectNode();
        if (schema.has("properties")) {
            schema.get("properties").fields().forEachRemaining(property ->
                    object.set(property.getKey(), value(operation, property.getKey(), property.getValue())));
        } else if (schema.has("additionalProperties") && name.equals("days")) {
            object.putArray("MONDAY").add("09h00-10h00");
        }
        return object;
    }

    static String json(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
