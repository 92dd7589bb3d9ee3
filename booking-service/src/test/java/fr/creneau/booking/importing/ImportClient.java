package fr.creneau.booking.importing;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.testsupport.ServiceClient;
import fr.creneau.testsupport.ServiceResponse;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Sends a file for import as the page does: declared, sent in parts of at most 60 000 characters, then run. */
final class ImportClient {

    private static final int PART = 60_000;

    private final ServiceClient http;
    private final String base;

    ImportClient(ServiceClient http, String communeId) {
        this.http = http;
        this.base = "/api/booking/imports/communes/%s/appointments".formatted(communeId);
    }

    String upload(String fileName, String csv) {
        String importId = http.post(base, Map.of("fileName", fileName)).expect(201).text("importId");
        for (int from = 0, part = 0; from < csv.length(); from += PART, part++) {
            String body = csv.substring(from, Math.min(csv.length(), from + PART));
            assertThat(ServiceClient.exchange(http.rest().put().uri(base + "/{id}/parts/{no}", importId, part)
                    .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8")).body(body)).status())
                    .isEqualTo(204);
        }
        return importId;
    }

    JsonNode run(String importId, boolean dryRun, boolean notifyCitizens) {
        http.post(base + "/" + importId + "/runs", Map.of("dryRun", dryRun, "notifyCitizens", notifyCitizens))
                .expect(202);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            JsonNode report = report(importId).expect(200).body();
            if (!"RUNNING".equals(report.get("status").asText())) {
                return report;
            }
            pause();
        }
        throw new AssertionError("the import " + importId + " did not end within 3 minutes");
    }

    ServiceResponse report(String importId) {
        return http.get(base + "/" + importId);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
