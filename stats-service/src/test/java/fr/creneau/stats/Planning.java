package fr.creneau.stats;

import fr.creneau.planning.api.CapacityRange;
import fr.creneau.planning.api.PlaceChanged;
import fr.creneau.planning.api.PlanningChanged;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Builds planning events as planning-service would write them. */
public final class Planning {

    private Planning() {
    }

    /** One day of one counter open from {@code start} to {@code end} (instants) with {@code capacity} at once. */
    public static PlanningChanged open(String communeId, String placeId, String counterId, String day, String start,
            String end, int capacity) {
        return new PlanningChanged(UUID.randomUUID().toString(), Instant.parse("2026-11-01T08:00:00Z"), communeId,
                placeId, counterId, "Europe/Paris", LocalDate.parse(day), LocalDate.parse(day),
                List.of(new CapacityRange(Instant.parse(start), Instant.parse(end), capacity, List.of())),
                "REFERENCE_WEEK", List.of());
    }

    /** The counter is closed all day (a holiday, an exceptional closure). */
    public static PlanningChanged closed(String communeId, String placeId, String counterId, String day) {
        return new PlanningChanged(UUID.randomUUID().toString(), Instant.parse("2026-11-03T08:00:00Z"), communeId,
                placeId, counterId, "Europe/Paris", LocalDate.parse(day), LocalDate.parse(day), List.of(), "CLOSURE",
                List.of());
    }

    public static PlaceChanged place(String communeId, String placeId, String name) {
        return new PlaceChanged(UUID.randomUUID().toString(), Instant.parse("2026-11-02T08:00:00Z"), communeId, placeId,
                name, "1 place de la Mairie", null, null, true, true);
    }
}
