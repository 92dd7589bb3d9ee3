package fr.creneau.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.creneau.launcher.Service;
import fr.creneau.launcher.Stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every endpoint an agent may call, read from the OpenAPI document each running service builds from its controllers,
 * so that an endpoint added later is tried too. The public ones are the contract's list.
 */
final class AgentEndpoints {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final Set<String> PUBLIC = Set.of(
            "/api/booking/communes/{communeId}/portal",
            "/api/booking/communes/{communeId}/availability",
            "/api/booking/communes/{communeId}/reservations",
            "/api/booking/appointments/{appointmentId}/confirmation",
            "/api/booking/appointments/{appointmentId}/code",
            "/api/notifications/twilio/status",
            "/api/notifications/dev-inbox");
    /**
     * A citizen's manage link; the national site's (ANTS) API, which its own token guards (AntsEditorApiTest); an
     * agent's calendar feed, which its secret address guards (AgentCalendarFeedTest).
     */
    private static final List<String> PUBLIC_PREFIXES = List.of("/api/booking/manage/", "/api/booking/ants/",
            "/api/booking/calendars/");

    private AgentEndpoints() {
    }

    /** {@code query}: the names of the query parameters it requires. */
    record Endpoint(Service service, String method, String pattern, List<String> query) {

        List<String> variables() {
            List<String> names = new ArrayList<>();
            Matcher variable = VARIABLE.matcher(pattern);
            while (variable.find()) {
                names.add(variable.group(1));
            }
            return names;
        }

        /** Whether it names something of a commune besides the commune: not a kind of notice nor a channel. */
        boolean namesAnEntity() {
            return variables().stream().anyMatch(name -> !Set.of("communeId", "kind", "channel").contains(name));
        }

        String path(Map<String, String> values) {
            Matcher variable = VARIABLE.matcher(pattern);
            StringBuilder path = new StringBuilder();
            while (variable.find()) {
                // an id the test did not create: nobody's, so the endpoint is still tried with the commune's
                String value = values.getOrDefault(variable.group(1), "inconnu-" + variable.group(1));
                variable.appendReplacement(path, Matcher.quoteReplacement(value));
            }
            variable.appendTail(path);
            for (String name : query.stream().filter(values::containsKey).toList()) {
                path.append(path.indexOf("?") < 0 ? '?' : '&').append(name).append('=').append(values.get(name));
            }
            return path.toString();
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    static List<Endpoint> of(Stack stack) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Service service : List.of(Service.PLANNING, Service.BOOKING, Service.NOTIFICATION, Service.STATS)) {
            JsonNode paths = document(stack.url(service)).get("paths");
            paths.fieldNames().forEachRemaining(pattern -> paths.get(pattern).fields().forEachRemaining(operation -> {
                if (pattern.startsWith("/api/") && !isPublic(pattern)) {
                    endpoints.add(new Endpoint(service, operation.getKey().toUpperCase(), pattern,
                            requiredQuery(operation.getValue())));
                }
            }));
        }
        endpoints.sort(Comparator.comparing(Endpoint::toString));
        return endpoints;
    }

    private static List<String> requiredQuery(JsonNode operation) {
        List<String> names = new ArrayList<>();
        operation.path("parameters").forEach(parameter -> {
            if (parameter.path("in").asText().equals("query") && parameter.path("required").asBoolean()) {
                names.add(parameter.get("name").asText());
            }
        });
        return names;
    }

    private static boolean isPublic(String pattern) {
        return PUBLIC.contains(pattern) || PUBLIC_PREFIXES.stream().anyMatch(pattern::startsWith);
    }

    private static JsonNode document(String serviceUrl) {
        try {
            return JSON.readTree(URI.create(serviceUrl + "/v3/api-docs").toURL());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
