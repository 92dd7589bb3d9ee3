package fr.creneau.platform.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service as the platform wires it, on a real Tomcat: request bodies are read strictly, what is wrong is said in
 * French naming the field, a body past the limit is refused with 413, and NUL in a query string with 400.
 */
@SpringBootTest(classes = RequestLimitsTest.Service.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"axon.axonserver.enabled=false",
                "creneau.identity.key=une-clé-de-test-assez-longue-pour-hmac-sha256"})
class RequestLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @SpringBootApplication(exclude = DataSourceAutoConfiguration.class)
    @RestController
    static class Service {

        enum Channel { SMS, EMAIL }

        record Citizen(String fullName, String mobile) {
        }

        record Booking(String name, LocalDate date, Instant start, boolean urgent, int agents, List<String> ids,
                       Map<DayOfWeek, List<String>> days, Channel channel, Citizen citizen) {
        }

        @PostMapping("/bookings")
        Booking book(@RequestBody Booking booking) {
            return booking;
        }

        @GetMapping("/search")
        String search(@RequestParam String name) {
            return name;
        }
    }

    private static final String VALID = """
            {"name":"Mairie","date":"2026-03-14","start":"2026-03-14T09:30:00+01:00","urgent":true,"agents":2,
             "ids":["a","b"],"days":{"MONDAY":["09h00-12h00"]},"channel":"SMS",
             "citizen":{"fullName":"Jeanne Martin","mobile":"+33611223344"}}""";

    @Test
    void aValidBodyIsReadAsItIs() {
        Reply reply = post(VALID);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("date").asText()).isEqualTo("2026-03-14");
        assertThat(reply.json().get("agents").asInt()).isEqualTo(2);
    }

    @Test
    void aKeyTwiceInOneObjectIsRefusedNamingIt() {
        // after every field of the record: Jackson 2.19 failed then with a type definition error, a 500
        assertRefused(VALID.substring(0, VALID.lastIndexOf('}')) + ",\"name\":\"Autre\"}",
                "La clé « name » apparaît deux fois dans le même objet JSON.");
    }

    @Test
    void aNulCharacterInAStringIsRefusedNamingTheField() {
        assertRefused(VALID.replace("Jeanne Martin", "Jeanne\\u0000Martin"),
                "Le champ « citizen.fullName » contient le caractère nul (U+0000), qui n'est pas accepté.");
    }

    @Test
    void aNullInsideAListOrAMapIsRefused() {
        assertRefused(VALID.replace("[\"a\",\"b\"]", "[\"a\",null]"), "Le champ « ids[1] » ne peut pas contenir null.");
        assertRefused(VALID.replace("[\"09h00-12h00\"]", "null"), "Le champ « days.MONDAY » ne peut pas contenir null.");
    }

    @Test
    void aNumberIsNeitherADateNorABooleanNorAText() {
        assertRefused(VALID.replace("\"2026-03-14\"", "123"),
                "Le champ « date » attend une date au format AAAA-MM-JJ (par exemple 2025-03-14).");
        assertRefused(VALID.replace("\"2026-03-14T09:30:00+01:00\"", "1773477000"),
                "Le champ « start » attend une date et une heure ISO 8601 avec son décalage "
                        + "(par exemple 2025-03-14T09:30:00+01:00).");
        assertRefused(VALID.replace("\"urgent\":true", "\"urgent\":2"), "Le champ « urgent » attend true ou false.");
        assertRefused(VALID.replace("\"Mairie\"", "123"), "Le champ « name » attend un texte entre guillemets.");
    }

    @Test
    void aDecimalOrATextIsNotAnInteger() {
        assertRefused(VALID.replace("\"agents\":2", "\"agents\":1.5"), "Le champ « agents » attend un nombre entier.");
        assertRefused(VALID.replace("\"agents\":2", "\"agents\":\"2\""), "Le champ « agents » attend un nombre entier.");
    }

    @Test
    void anImpossibleDateAndAnUnknownValueAreRefused() {
        assertRefused(VALID.replace("2026-03-14\"", "2026-02-30\""),
                "Le champ « date » attend une date au format AAAA-MM-JJ (par exemple 2025-03-14).");
        assertRefused(VALID.replace("\"SMS\"", "\"FAX\""), "Le champ « channel » attend l'une des valeurs SMS, EMAIL.");
    }

    @Test
    void malformedJsonSaysWhere() {
        assertRefused("{\"name\":\"Mairie\",", "Le corps de la requête n'est pas un JSON valide (ligne 1, colonne 18).");
    }

    @Test
    void aBodyPastTheLimitIsRefusedWith413() {
        String huge = "{\"name\":\"" + "a".repeat(10 * 1024 * 1024) + "\"}";

        Reply announced = send(HttpRequest.BodyPublishers.ofString(huge));
        Reply chunked = send(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes())));

        for (Reply reply : List.of(announced, chunked)) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(413);
            assertThat(reply.contentType()).isEqualTo("application/problem+json");
            assertThat(reply.json().get("title").asText()).isEqualTo("Requête trop volumineuse");
            assertThat(reply.json().get("detail").asText())
                    .isEqualTo("Le corps de la requête dépasse la taille acceptée (64 Ko).");
            assertThat(reply.json().has("properties")).as(reply.body()).isFalse();
        }
    }

    @Test
    void aBodyInXmlIsRefusedThoughJacksonsXmlModuleIsThere() {
        Reply reply = call(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/bookings"))
                .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofString(
                        "<Booking><name>Mairie</name><agents>1.5</agents></Booking>")));

        assertThat(reply.status()).as(reply.body()).isEqualTo(415);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void aNulCharacterInTheQueryIsRefused() {
        Reply reply = call(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/search?name=a%00b")).GET());

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        assertThat(reply.json().get("detail").asText()).contains("caractère nul");
    }

    private void assertRefused(String body, String detail) {
        Reply reply = post(body);

        assertThat(reply.status()).as(body + " -> " + reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        assertThat(reply.json().get("detail").asText()).as(body).isEqualTo(detail);
    }

    private Reply post(String body) {
        return send(HttpRequest.BodyPublishers.ofString(body));
    }

    private Reply send(HttpRequest.BodyPublisher body) {
        return call(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/bookings"))
                .header("Content-Type", "application/json").POST(body));
    }

    private static Reply call(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Reply(int status, String contentType, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }
    }
}
