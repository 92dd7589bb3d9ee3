package fr.creneau.booking.counterday.command;

import fr.creneau.booking.counterday.domain.DayCapacity;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** Replace what the counter-day can take by what planning-service now says. */
public record ChangeDayCapacity(
        @TargetAggregateIdentifier String counterDayId,
        String communeId,
        String placeId,
        String counterId,
        java.time.LocalDate day,
        String timeZone,
        DayCapacity capacity,
        String reason,
        List<String> absentAgentIds,
        Instant planningVersion) implements CounterDayCommand {
}
