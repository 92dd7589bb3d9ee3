package fr.creneau.e2e;

import fr.creneau.e2e.ApiOperations.Operation;
import fr.creneau.e2e.ApiOperations.Parameter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * For one operation, its good request spoilt in one way at a time, in every way of each kind: each field of the
 * body, each query parameter and each path variable in turn.
 */
final class BadRequests {

    enum Kind {
        MALFORMED_JSON("malformed JSON"), DUPLICATE_KEYS("duplicate keys"), NUL("NUL character"),
        NULL_ELEMENTS("null elements"), HUGE_STRINGS("huge strings"), WRONG_TYPES("wrong types"),
        INVALID_DATES("invalid dates"), UNKNOWN_ENUMS("unknown enum values"),
        WRONG_CONTENT_TYPES("wrong content types"), TRAVERSAL("traversal in path variables");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    record BadRequest(Kind kind, Operation operation, String what, String target, String contentType, byte[] body) {

        @Override
        public String toString() {
            return operation + " [" + kind.label + ": " + what + "]";
        }
    }

    static final String JSON = "application/json";
    private static final List<String> TRAVERSALS = List.of("..", "..%2F..%2Factuator%2Fhealth", "%2e%2e%2f%2e%2e",
            "a%00b", "a%5C..%5Cb", "a;b", "%252e%252e%252f", "a%2Fb");
    static final Set<String> ENUMS_BY_NAME = Set.of("kind", "channel", "status", "dateBasis", "period",
            "groupBy", "partOfDay", "weekdays", "scope");

    private final Operation operation;
    private final GoodValues good;
    private final List<BadRequest> requests = new ArrayList<>();

    private BadRequests(Operation operation, GoodValues good) {
        this.operation = operation;
        this.good = good;
    }

    static List<BadRequest> of(Operation operation, GoodValues good) {
        BadRequests bad = new BadRequests(operation, good);
        bad.inThePath();
        bad.inTheQuery();
        if (operation.takesJson()) {
            String target = good.target(operation);
            for (SpoiltBodies.Spoilt body : SpoiltBodies.of(operation.bodySchema(), good.body(operation))) {
                bad.add(body.kind(), body.what(), target, JSON, bytes(body.json()));
            }
            bad.inTheContentType(GoodValues.json(good.body(operation)));
        } else if (operation.bodySchema() != null) {
            bad.inTheContentType(null);
        }
        return bad.requests;
    }

    private byte[] goodBody() {
        return operation.takesJson() ? bytes(GoodValues.json(good.body(operation))) : null;
    }

    private String goodType() {
        return operation.takesJson() ? JSON : null;
    }

    private void inThePath() {
        for (Parameter variable : operation.in("path")) {
            String query = good.target(operation).replaceFirst("^[^?]*", "");
            for (String traversal : TRAVERSALS) {
                add(Kind.TRAVERSAL, variable.name() + " = " + traversal,
                        good.path(operation, variable.name(), traversal) + query, goodType(), goodBody());
            }
            if (ENUMS_BY_NAME.contains(variable.name())) {
                add(Kind.UNKNOWN_ENUMS, variable.name() + " = INCONNU",
                        good.path(operation, variable.name(), "INCONNU") + query, goodType(), goodBody());
            }
        }
    }

    private void inTheQuery() {
        for (Parameter parameter : operation.in("query")) {
            String name = parameter.name();
            query(Kind.NUL, name, "a%00b");
            query(Kind.HUGE_STRINGS, name, "a".repeat(3000));
            switch (parameter.schema().path("type").asText()) {
                case "integer" -> {
                    query(Kind.WRONG_TYPES, name, "douze");
                    query(Kind.WRONG_TYPES, name, "1.5");
                }
                case "boolean" -> query(Kind.WRONG_TYPES, name, "peut-etre");
                default -> { }
            }
            if (parameter.schema().path("format").asText().equals("date")) {
                query(Kind.INVALID_DATES, name, "2026-02-30");
                query(Kind.INVALID_DATES, name, "14-03-2026");
            }
            if (parameter.schema().has("enum") || parameter.schema().path("items").has("enum")
                    || ENUMS_BY_NAME.contains(name)) {
                query(Kind.UNKNOWN_ENUMS, name, "INCONNU");
            }
        }
    }

    private void query(Kind kind, String name, String rawValue) {
        add(kind, name + " = " + shown(rawValue), good.target(operation, name, rawValue), goodType(), goodBody());
    }

    private void inTheContentType(String jsonBody) {
        String target = good.target(operation);
        add(Kind.WRONG_CONTENT_TYPES, "text/plain", target, "text/plain", bytes("essai"));
        add(Kind.WRONG_CONTENT_TYPES, "application/xml", target, "application/xml", bytes("<essai/>"));
        if (jsonBody == null) {
            add(Kind.WRONG_CONTENT_TYPES, "JSON for a form", target, JSON, bytes("{\"essai\":1}"));
            return;
        }
        add(Kind.WRONG_CONTENT_TYPES, "a form", target, "application/x-www-form-urlencoded", bytes("essai=1&b=2"));
        add(Kind.WRONG_CONTENT_TYPES, "no content type", target, null, bytes(jsonBody));
    }

    private void add(Kind kind, String what, String target, String contentType, byte[] body) {
        requests.add(new BadRequest(kind, operation, what, target, contentType, body));
    }

    private static String shown(String value) {
        return value.length() > 40 ? value.length() + " characters" : value;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
