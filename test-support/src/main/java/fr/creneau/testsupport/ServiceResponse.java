package fr.creneau.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpHeaders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A service's answer as a test reads it: its status, its headers and its body as sent, read as JSON ({@link #body()},
 * null when empty) or as text ({@link #bodyAsString()}, a CSV or the Prometheus page).
 */
public record ServiceResponse(int status, HttpHeaders headers, byte[] bytes) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Fails with the body in the message unless the status is {@code expected}. */
    public ServiceResponse expect(int expected) {
        if (status != expected) {
            throw new AssertionError("expected HTTP " + expected + " but got " + status + ": " + bodyAsString());
        }
        return this;
    }

    /** The content type as sent ({@code application/problem+json}), or "null" when there is none. */
    public String contentType() {
        return String.valueOf(headers.getContentType());
    }

    public String header(String name) {
        return headers.getFirst(name);
    }

    public JsonNode body() {
        if (bytes.length == 0) {
            return null;
        }
        try {
            return JSON.readTree(bytes);
        } catch (IOException notJson) {
            throw new UncheckedIOException("not a JSON body: " + bodyAsString(), notJson);
        }
    }

    /** The JSON body read as {@code type} (a {@code Map}, a record), for assertions written on Java values. */
    public <T> T bodyAs(Class<T> type) {
        try {
            return JSON.readValue(bytes, type);
        } catch (IOException notJson) {
            throw new UncheckedIOException("not a " + type.getSimpleName() + ": " + bodyAsString(), notJson);
        }
    }

    public String bodyAsString() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public String text(String field) {
        return body().get(field).asText();
    }
}
