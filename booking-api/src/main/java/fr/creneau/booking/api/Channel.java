package fr.creneau.booking.api;

/** How an appointment was booked. */
public enum Channel {
    WEB,
    PHONE,
    DESK,
    /** by the interactive voice server, the citizen on the keypad */
    VOICE
}
