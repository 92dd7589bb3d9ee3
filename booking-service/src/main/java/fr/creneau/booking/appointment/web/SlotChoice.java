package fr.creneau.booking.appointment.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** The new slot chosen to move an appointment to. */
public record SlotChoice(
        @NotBlank(message = "le guichet est obligatoire") String counterId,
        @NotNull(message = "l'heure de début est obligatoire") Instant start) {
}
