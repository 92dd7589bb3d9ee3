package fr.creneau.booking.counterday.domain;

/** What an edit of an appointment may change, besides its slot. */
public enum AppointmentChange {
    CONTACT,
    OPTION,
    PERSONS,
    REMARK,
    ANTS_NUMBERS;

    /** Changes whose new value sits in the sealed contact details. */
    public boolean sealed() {
        return this == CONTACT || this == REMARK || this == ANTS_NUMBERS;
    }
}
