package fr.creneau.booking.waitinglist.view;

import java.time.Instant;

/** An appointment on its waiting list, with the place offered to it (all offer fields null when none lives). */
public record WaitingListEntry(
        String appointmentId,
        String lineId,
        Instant requestedAt,
        String offerId,
        String offerCounterId,
        Instant offerStart,
        Instant offerEnd,
        Instant offerExpiresAt) {

    public boolean hasOffer() {
        return offerId != null;
    }
}
