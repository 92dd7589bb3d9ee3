package fr.creneau.stats.figures.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Which date of an appointment its figures are filed under: the day it takes place (the default, how a mairie reads
 * its activity at the counters) or the day it was booked (how busy the booking channels were).
 */
public enum DateBasis {
    APPOINTMENT("appointment", "appointment_date"),
    BOOKING("booking", "booking_date");

    private final String parameter;
    private final String column;

    DateBasis(String parameter, String column) {
        this.parameter = parameter;
        this.column = column;
    }

    public String parameter() {
        return parameter;
    }

    public String column() {
        return column;
    }

    public static Optional<DateBasis> fromParameter(String value) {
        return Arrays.stream(values()).filter(basis -> basis.parameter.equals(value)).findFirst();
    }
}
