package fr.creneau.booking.availability.view;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Which free slots to look for. {@code agentId} asks for one agent in particular (the mayor, an élu) where the
 * type allows it; {@code weekdays} empty means every day, {@code partOfDay} null the whole day;
 * {@code citizen} keeps only places and types shown on the portal; {@code limit} caps the number, earliest first.
 */
public record SlotSearch(
        String communeId,
        String appointmentTypeId,
        LocalDate from,
        LocalDate to,
        int persons,
        String optionId,
        String placeId,
        String agentId,
        Set<DayOfWeek> weekdays,
        PartOfDay partOfDay,
        boolean citizen,
        int limit) {

    public SlotSearch {
        weekdays = weekdays == null ? Set.of() : Set.copyOf(weekdays);
    }

    public SlotSearch from(LocalDate newFrom, LocalDate newTo, int newLimit) {
        return new SlotSearch(communeId, appointmentTypeId, newFrom, newTo, persons, optionId, null, null, Set.of(),
                null, citizen, newLimit);
    }
}
