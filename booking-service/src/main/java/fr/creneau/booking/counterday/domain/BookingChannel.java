package fr.creneau.booking.counterday.domain;

public enum BookingChannel {
    WEB,
    PHONE,
    DESK,
    VOICE
}
