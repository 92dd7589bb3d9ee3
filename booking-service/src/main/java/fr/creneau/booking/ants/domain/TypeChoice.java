package fr.creneau.booking.ants.domain;

/** The appointment type (and its option, if it has some) a commune books for one reason. */
public record TypeChoice(String appointmentTypeId, String optionId) {

    public TypeChoice {
        if (appointmentTypeId == null || appointmentTypeId.isBlank()) {
            throw new IllegalArgumentException("an appointment type is needed");
        }
    }
}
