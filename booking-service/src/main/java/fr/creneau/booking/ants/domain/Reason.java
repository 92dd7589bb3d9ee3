package fr.creneau.booking.ants.domain;

import java.util.Arrays;
import java.util.Optional;

/** What the citizen comes for, as the national site asks for it. */
public enum Reason {
    CNI("CNI"),
    PASSPORT("PASSPORT"),
    CNI_PASSPORT("CNI-PASSPORT");

    private final String wire;

    Reason(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<Reason> fromWire(String value) {
        return Arrays.stream(values()).filter(reason -> reason.wire.equals(value)).findFirst();
    }
}
