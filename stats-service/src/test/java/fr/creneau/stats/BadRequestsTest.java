package fr.creneau.stats;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class BadRequestsTest extends StatsIntegrationTest {

    @ParameterizedTest(name = "{0} is refused with a French explanation")
    @CsvSource(delimiter = '|', value = {
            "/figures?agent=42|Le paramètre « agent » n'est pas reconnu",
            "/summary?period=day|Le paramètre « period » n'est pas reconnu",
            "/figures?period=year|La période « year » n'est pas reconnue",
            "/figures?groupBy=citizen|La ventilation « citizen » n'est pas reconnue",
            "/figures?from=01/12/2026|La date « 01/12/2026 » du paramètre « from » n'est pas valide",
            "/figures?from=2026-12-31&to=2026-12-01|La date de début (from) doit précéder",
            "/figures?channel=fax|Le canal « fax » n'est pas reconnu",
            "/summary?dateBasis=cancellation|La date de référence « cancellation » n'est pas reconnue",
            "/figures.csv?placeId=a&placeId=b|Le paramètre « placeId » ne peut être donné qu'une fois",
            "/summary?placeId=|Le paramètre « placeId » est vide"})
    void anUnknownOrMalformedParameterIsABadRequest(String path, String detail) {
        ResponseEntity<String> response = http.getForEntity("/api/stats/communes/villeneuve" + path, String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = read(response.getBody());
        assertThat(problem.get("title").asText()).isEqualTo("Requête invalide");
        assertThat(problem.get("detail").asText()).startsWith(detail);
    }

    private static JsonNode read(String body) {
        try {
            return Events.JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
