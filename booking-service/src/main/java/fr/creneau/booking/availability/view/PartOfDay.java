package fr.creneau.booking.availability.view;

import java.time.LocalTime;

public enum PartOfDay {
    MORNING,
    AFTERNOON;

    private static final LocalTime NOON = LocalTime.NOON;

    public boolean includes(LocalTime time) {
        return this == MORNING ? time.isBefore(NOON) : !time.isBefore(NOON);
    }
}
