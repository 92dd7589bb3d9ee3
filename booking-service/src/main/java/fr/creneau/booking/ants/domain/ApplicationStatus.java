package fr.creneau.booking.ants.domain;

import java.util.Locale;

/** Where a pre-application stands at the ANTS. */
public enum ApplicationStatus {
    VALIDATED,
    DECLARED,
    CONSUMED,
    EXPIRED,
    UNKNOWN;

    public static ApplicationStatus fromWire(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }
}
