package fr.creneau.booking.reservation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * The body of a reservation, from the citizen's form; {@code agentId} when the type lets the citizen choose one;
 * {@code locale} the language of the page, which the citizen's notices are written in.
 */
record ReservationRequest(
        @NotBlank(message = "le type de rendez-vous est obligatoire") String appointmentTypeId,
        String optionId,
        @NotBlank(message = "le guichet est obligatoire") String counterId,
        String agentId,
        @NotNull(message = "l'heure de début est obligatoire") Instant start,
        @Min(value = 1, message = "au moins une personne") @Max(value = 20, message = "au plus 20 personnes") Integer persons,
        @NotNull(message = "les coordonnées sont obligatoires") @Valid Citizen citizen,
        @Size(max = 500, message = "la remarque compte 500 caractères au plus") String remark,
        List<@Pattern(regexp = "^[A-Z0-9]{10}$", message = "un numéro de pré-demande ANTS compte 10 lettres majuscules ou chiffres") String> antsNumbers,
        @Pattern(regexp = "^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8}){0,3}$", message = "la langue n'est pas valide (par exemple fr ou en)") String locale) {

    record Citizen(
            @NotBlank(message = "le nom est obligatoire") @Size(max = 200, message = "200 caractères au plus") String fullName,
            @Email(message = "l'adresse e-mail n'est pas valide") @Size(max = 254, message = "254 caractères au plus") String email,
            @Pattern(regexp = "^\\+?[0-9 .-]{8,20}$", message = "le numéro de mobile n'est pas valide") String mobile) {

        @AssertTrue(message = "indiquez une adresse e-mail ou un numéro de mobile")
        boolean isReachable() {
            return (email != null && !email.isBlank()) || (mobile != null && !mobile.isBlank());
        }
    }

    int personsOrOne() {
        return persons == null ? 1 : persons;
    }
}
