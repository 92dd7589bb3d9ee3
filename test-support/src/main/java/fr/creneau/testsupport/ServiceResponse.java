package fr.creneau.testsupport;

import com.fasterxml.jackson.databind.JsonNode;

/** A service's answer as a test reads it: its status, its content type, its JSON body (null when empty). */
public record ServiceResponse(int status, String contentType, JsonNode body) {

    /** Fails with the body in the message unless the status is {@code expected}. */
    public ServiceResponse expect(int expected) {
        if (status != expected) {
            throw new AssertionError("expected HTTP " + expected + " but got " + status + ": " + body);
        }
        return this;
    }

    public String text(String field) {
        return body.get(field).asText();
    }
}
