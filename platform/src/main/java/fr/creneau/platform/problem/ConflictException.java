package fr.creneau.platform.problem;

import java.util.Map;

/** The request is valid but the state forbids it (slot full, already cancelled): answered 409. */
public class ConflictException extends RuntimeException {

    private final Map<String, Object> properties;

    public ConflictException(String detail) {
        this(detail, Map.of());
    }

    public ConflictException(String detail, Map<String, Object> properties) {
        super(detail);
        this.properties = Map.copyOf(properties);
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
