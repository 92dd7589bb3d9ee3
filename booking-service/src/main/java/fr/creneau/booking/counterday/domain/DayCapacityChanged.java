package fr.creneau.booking.counterday.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The capacity of the counter on that day is now exactly {@code capacity} (planning-service said so at {@code planningVersion}). */
public record DayCapacityChanged(
        String counterDayId,
        String communeId,
        String placeId,
        String counterId,
        LocalDate day,
        String timeZone,
        DayCapacity capacity,
        String reason,
        List<String> absentAgentIds,
        Instant planningVersion) {
}
