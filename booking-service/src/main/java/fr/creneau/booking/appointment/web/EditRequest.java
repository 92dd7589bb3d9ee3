package fr.creneau.booking.appointment.web;

import fr.creneau.booking.appointment.command.AppointmentEdit;
import fr.creneau.platform.problem.InvalidRequestException;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The body of an edit, from an agent or from the citizen's manage page, checked as a reservation is; a field left
 * out is not changed.
 */
public record EditRequest(
        @Size(min = 1, max = 200, message = "le nom compte de 1 à 200 caractères") String fullName,
        @Email(message = "l'adresse e-mail n'est pas valide") @Size(max = 254, message = "254 caractères au plus") String email,
        @Pattern(regexp = "^$|^\\+?[0-9 .-]{8,20}$", message = "le numéro de mobile n'est pas valide") String mobile,
        @Size(min = 1, max = 100, message = "l'option n'est pas valide") String optionId,
        @Min(value = 1, message = "au moins une personne") @Max(value = 20, message = "au plus 20 personnes") Integer persons,
        @Size(max = 500, message = "la remarque compte 500 caractères au plus") String remark,
        List<@Pattern(regexp = "^[A-Z0-9]{10}$", message = "un numéro de pré-demande ANTS compte 10 lettres majuscules ou chiffres") String> antsNumbers) {

    public AppointmentEdit toEdit() {
        if (fullName != null && fullName.isBlank()) {
            throw new InvalidRequestException("Le nom ne peut pas être vide.");
        }
        return new AppointmentEdit(fullName, email, mobile, optionId, persons, remark, antsNumbers);
    }
}
