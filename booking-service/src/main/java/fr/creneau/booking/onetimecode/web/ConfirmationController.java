package fr.creneau.booking.onetimecode.web;

import fr.creneau.booking.appointment.view.AppointmentSummary;
import fr.creneau.booking.counterday.domain.BookingStatus;
import fr.creneau.booking.onetimecode.command.CodeConfirmation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

@RestController
class ConfirmationController {

    private final CodeConfirmation confirmation;

    ConfirmationController(CodeConfirmation confirmation) {
        this.confirmation = confirmation;
    }

    record CodeRequest(@NotNull(message = "le code est obligatoire")
                       @Pattern(regexp = "^[0-9]{6}$", message = "le code compte 6 chiffres") String code) {
    }

    record Confirmation(String appointmentId, BookingStatus status, Instant start, Instant end, String counterId) {

        static Confirmation of(AppointmentSummary appointment) {
            return new Confirmation(appointment.appointmentId(), appointment.status(), appointment.start(),
                    appointment.end(), appointment.counterId());
        }
    }

    record CodeSent(String appointmentId, Instant codeExpiresAt) {
    }

    @PostMapping("/api/booking/appointments/{appointmentId}/confirmation")
    Confirmation confirm(@PathVariable String appointmentId, @Valid @RequestBody CodeRequest request) {
        return Confirmation.of(confirmation.confirm(appointmentId, request.code()));
    }

    @PostMapping("/api/booking/appointments/{appointmentId}/code")
    CodeSent resend(@PathVariable String appointmentId) {
        return new CodeSent(appointmentId, confirmation.resend(appointmentId));
    }
}
