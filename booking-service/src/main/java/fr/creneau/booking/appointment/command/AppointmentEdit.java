package fr.creneau.booking.appointment.command;

import java.util.List;

/**
 * What an agent or the citizen asks to change in an appointment; a null field is left as it is, an empty remark
 * removes it.
 */
public record AppointmentEdit(
        String fullName,
        String email,
        String mobile,
        String optionId,
        Integer persons,
        String remark,
        List<String> antsNumbers) {

    public AppointmentEdit {
        antsNumbers = antsNumbers == null ? null : List.copyOf(antsNumbers);
    }
}
