package fr.creneau.booking.waitinglist.domain;

/** The citizen asked to be offered an earlier slot of the same type and place. */
public record WaitingLineJoined(String lineId, Waiter waiter) {
}
