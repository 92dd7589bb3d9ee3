package fr.creneau.planning.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The capacity of one counter over the dates {@code from} to {@code to} (both inclusive, in the commune's
 * {@code timeZone}) is now exactly {@code ranges}: any time of those dates outside them has no capacity.
 * A consumer replaces what it knew of those dates; it never adds to it.
 *
 * @param reason why it changed: REFERENCE_WEEK, EXCEPTION, CLOSURE, HOLIDAY, ABSENCE, ROLLING (horizon moved)
 * @param absentAgentIds agents whose absence caused the change, so that their appointments are unscheduled first
 */
public record PlanningChanged(
        String eventId,
        Instant occurredAt,
        String communeId,
        String placeId,
        String counterId,
        String timeZone,
        LocalDate from,
        LocalDate to,
        List<CapacityRange> ranges,
        String reason,
        List<String> absentAgentIds) implements PlanningEvent {

    public PlanningChanged {
        ranges = ranges == null ? List.of() : List.copyOf(ranges);
        absentAgentIds = absentAgentIds == null ? List.of() : List.copyOf(absentAgentIds);
    }

    @Override
    public String key() {
        return counterId;
    }
}
