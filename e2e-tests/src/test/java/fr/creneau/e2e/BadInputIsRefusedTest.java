package fr.creneau.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.e2e.ApiOperations.Operation;
import fr.creneau.e2e.BadRequests.BadRequest;
import fr.creneau.e2e.BadRequests.Kind;
import fr.creneau.launcher.Service;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the five OpenAPI documents (the four services' and the gateway's own), through the gateway, in a
 * commune set up for it and signed in as its administrator (the platform's for the platform's operations), with its
 * good request spoilt in one way at a time: malformed JSON, a key twice, NUL, null in a list, huge strings, wrong
 * types, impossible dates, unknown values, wrong content types, traversal in the path. No answer is a 5xx; every 4xx
 * is problem+json with a French detail; no answer shows a stack trace or SQL; each arrives within a second.
 */
@ExtendWith(WholeStack.Injected.class)
class BadInputIsRefusedTest {

    private static final Duration IN_TIME = Duration.ofSeconds(1);

    private static WholeStack whole;
    private static FurnishedCommune commune;
    private static Gateway platform;
    private static Gateway anonymous;
    private static GoodValues good;

    @BeforeAll
    static void aCommuneWithSomethingOfEveryKind(WholeStack stack) {
        whole = stack;
        commune = FurnishedCommune.create(stack, "mal-formee-" + UUID.randomUUID().toString().substring(0, 6));
        commune.bookAndAwaitItsNotice();
        platform = stack.gateway().platformAdministrator();
        anonymous = stack.gateway();
        Gateway.Reply colleague = commune.admin.post("/api/accounts/communes/" + commune.id + "/accounts", Map.of(
                "username", commune.id + "-collegue", "displayName", "Collègue", "password", "un-mot-de-passe-long",
                "roles", List.of("AGENT")));
        assertThat(colleague.status()).as(colleague.toString()).isEqualTo(201);
        Map<String, String> ids = new HashMap<>(commune.ids);
        ids.put("accountId", colleague.text("accountId"));
        good = new GoodValues(ids);
    }

    @Test
    void everyOperationRefusesEveryKindOfBadInputInFrenchAndInTime() {
        List<Operation> operations = ApiOperations.read(anonymous);
        assertThat(operations).extracting(Operation::toString).contains("POST /api/auth/login",
                "POST /api/auth/logout", "GET /api/me", "POST /api/booking/communes/{communeId}/reservations",
                "PUT /api/notifications/communes/{communeId}/reminders");
        Map<Kind, Map<Integer, Integer>> statuses = new EnumMap<>(Kind.class);
        List<String> slowOnce = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        SoftAssertions softly = new SoftAssertions();
        Instant start = Instant.now();

        for (Operation operation : operations) {
            for (BadRequest bad : BadRequests.of(operation, good)) {
                Timed answer = timed(bad);
                if (answer.took().compareTo(IN_TIME) >= 0) {
                    slowOnce.add(bad + " took " + answer.took().toMillis() + " ms");
                    answer = timed(bad);
                }
                statuses.computeIfAbsent(bad.kind(), kind -> new TreeMap<>()).merge(answer.reply().status(), 1, Integer::sum);
                if (answer.reply().status() < 300) {
                    accepted.add(bad + " -> " + answer.reply().status());
                }
                check(bad, answer, softly);
            }
        }

        report(operations.size(), statuses, slowOnce, Duration.between(start, Instant.now()));
        System.out.println("  accepted (a value the field allows, however odd):");
        accepted.forEach(line -> System.out.println("    " + line));
        softly.assertAll();
    }

    /** A body past the limit is refused by the services on their own too, not only by the gateway. */
    @Test
    void eachServiceRefusesABodyPastItsLimitWithoutReadingIt() {
        byte[] tenMegabytes = ("{\"remark\":\"" + "a".repeat(10 * 1024 * 1024) + "\"}").getBytes();
        for (String url : List.of(whole.stack.url(Service.BOOKING)
                        + "/api/booking/communes/" + commune.id + "/reservations",
                whole.stack.url(Service.PLANNING) + "/api/planning/communes",
                whole.stack.url(Service.NOTIFICATION) + "/api/notifications/communes/" + commune.id
                        + "/reminders",
                whole.stack.url(Service.STATS) + "/api/stats/communes/" + commune.id + "/summary")) {
            Gateway.Reply reply = new Gateway(url).raw("POST", "", BadRequests.JSON, tenMegabytes);

            assertThat(reply.status()).as(url).isEqualTo(413);
            assertThat(reply.contentType()).as(url).startsWith("application/problem+json");
            assertThat(reply.text("detail")).isEqualTo("Le corps de la requête dépasse la taille acceptée (64 Ko).");
        }
    }

    private record Timed(Gateway.Reply reply, Duration took) {
    }

    private static Timed timed(BadRequest bad) {
        Gateway caller = callerOf(bad.operation());
        Instant sent = Instant.now();
        Gateway.Reply reply = caller.raw(bad.operation().method(), bad.target(), bad.contentType(), bad.body());
        return new Timed(reply, Duration.between(sent, Instant.now()));
    }

    /** The platform's administrator for the platform's operations, nobody to log in or out, else the commune's. */
    private static Gateway callerOf(Operation operation) {
        String pattern = operation.pattern();
        if (pattern.equals("/api/planning/communes") || pattern.startsWith("/api/notifications/dead-letters")) {
            return platform;
        }
        return pattern.startsWith("/api/auth/") ? anonymous : commune.admin;
    }

    private static void check(BadRequest bad, Timed answer, SoftAssertions softly) {
        Gateway.Reply reply = answer.reply();
        String seen = bad + " -> " + reply.status() + " " + reply.contentType() + " " + shortened(reply.body());
        softly.assertThat(reply.status()).as(seen).isLessThan(500);
        softly.assertThat(answer.took()).as(seen + " (answered twice slower than a second)").isLessThan(IN_TIME);
        softly.assertThat(Leaks.in(reply.body())).as(seen).isEmpty();
        if (reply.status() >= 400) {
            softly.assertThat(reply.contentType()).as(seen).startsWith("application/problem+json");
            String detail = detailOf(reply);
            softly.assertThat(French.isFrench(detail)).as(seen + ": detail in French").isTrue();
        }
    }

    private static String detailOf(Gateway.Reply reply) {
        try {
            JsonNode detail = reply.json().get("detail");
            return detail == null ? "" : detail.asText();
        } catch (RuntimeException notJson) {
            return "";
        }
    }

    private static void report(int operations, Map<Kind, Map<Integer, Integer>> statuses, List<String> slowOnce,
            Duration took) {
        int total = statuses.values().stream().flatMap(counts -> counts.values().stream()).mapToInt(Integer::intValue)
                .sum();
        System.out.printf("Bad input through the gateway: %d requests to %d operations in %d s%n", total, operations,
                took.toSeconds());
        statuses.forEach((kind, counts) -> System.out.printf("  %-28s %5d  %s%n", kind.label,
                counts.values().stream().mapToInt(Integer::intValue).sum(), counts));
        System.out.printf("  answered in more than a second once (then tried again): %d%n", slowOnce.size());
        slowOnce.forEach(line -> System.out.println("    " + line));
    }

    private static String shortened(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
