package fr.creneau.stats;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;

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
        ServiceResponse response = http.get("/api/stats/communes/villeneuve" + path);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = response.body();
        assertThat(problem.get("title").asText()).isEqualTo("Requête invalide");
        assertThat(problem.get("detail").asText()).startsWith(detail);
    }
}
