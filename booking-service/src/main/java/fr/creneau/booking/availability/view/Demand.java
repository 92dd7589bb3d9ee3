package fr.creneau.booking.availability.view;

import fr.creneau.booking.catalog.domain.AppointmentType;

import java.time.Duration;

/**
 * What one booking of a type for some persons takes: a longer appointment when the type's duration grows with
 * the number of persons, otherwise one unit of capacity (one agent at a time) per person.
 */
public record Demand(Duration duration, int units, int persons, Duration step) {

    public static Demand of(AppointmentType type, int persons) {
        Duration base = Duration.ofMinutes(Math.max(1, type.durationMinutes()));
        if (type.durationGrowsWithPersons()) {
            return new Demand(base.multipliedBy(persons), 1, persons, base);
        }
        return new Demand(base, persons, persons, base);
    }
}
