package fr.creneau.booking.waitinglist.web;

import fr.creneau.booking.waitinglist.view.WaitingListEntry;

import java.time.Instant;

/**
 * Whether an appointment waits for an earlier slot, since when, and the place offered to it now (null if none):
 * to take it, answer before {@code offer.expiresAt}.
 */
record WaitingListView(String appointmentId, boolean waiting, Instant requestedAt, OfferView offer) {

    record OfferView(String counterId, Instant start, Instant end, Instant expiresAt) {
    }

    static WaitingListView of(String appointmentId, WaitingListEntry entry) {
        if (entry == null) {
            return new WaitingListView(appointmentId, false, null, null);
        }
        OfferView offer = entry.hasOffer() ? new OfferView(entry.offerCounterId(), entry.offerStart(),
                entry.offerEnd(), entry.offerExpiresAt()) : null;
        return new WaitingListView(appointmentId, true, entry.requestedAt(), offer);
    }
}
