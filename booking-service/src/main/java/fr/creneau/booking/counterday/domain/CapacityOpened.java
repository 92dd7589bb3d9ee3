package fr.creneau.booking.counterday.domain;

import java.time.Instant;
import java.util.List;

/**
 * A change of capacity freed room the counter-day did not have free before (an opening, an exception adding hours,
 * more agents): {@code opened} says how many units over each range, beyond what was free or taken before.
 */
public record CapacityOpened(
        String counterDayId,
        String communeId,
        String placeId,
        String counterId,
        List<Usage> opened,
        Instant planningVersion) {

    public CapacityOpened {
        opened = List.copyOf(opened);
    }
}
