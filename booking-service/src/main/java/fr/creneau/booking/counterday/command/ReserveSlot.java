package fr.creneau.booking.counterday.command;

import fr.creneau.booking.counterday.domain.Booking;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Hold capacity for a citizen who must confirm with a code (booking.holdExpiresAt) or, for an agent, book at once (no
 * hold). {@code confirmationWithheld}: an imported appointment whose importer chose not to send the confirmation.
 */
public record ReserveSlot(
        @TargetAggregateIdentifier String counterDayId,
        Booking booking,
        Instant earliestStart,
        Instant latestStart,
        String sealedContact,
        Instant now,
        boolean confirmationWithheld) implements CounterDayCommand {

    public ReserveSlot(String counterDayId, Booking booking, Instant earliestStart, Instant latestStart,
            String sealedContact, Instant now) {
        this(counterDayId, booking, earliestStart, latestStart, sealedContact, now, false);
    }
}
