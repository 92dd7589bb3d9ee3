package fr.creneau.platform.problem;

import java.util.Map;

/** Bad input from the caller: answered 400 with {@code detail} as the French message. */
public class InvalidRequestException extends RuntimeException {

    private final Map<String, Object> properties;

    public InvalidRequestException(String detail) {
        this(detail, Map.of());
    }

    public InvalidRequestException(String detail, Map<String, Object> properties) {
        super(detail);
        this.properties = Map.copyOf(properties);
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
