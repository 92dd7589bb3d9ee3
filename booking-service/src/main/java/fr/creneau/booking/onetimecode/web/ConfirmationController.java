package fr.creneau.booking.onetimecode.web;

import fr.creneau.booking.appointment.view.AppointmentIndex;
import fr.creneau.booking.appointment.view.AppointmentSummary;
import fr.creneau.booking.counterday.command.ConfirmAppointment;
import fr.creneau.booking.counterday.command.CounterDayCommands;
import fr.creneau.booking.counterday.command.ReleaseHold;
import fr.creneau.booking.onetimecode.command.CodeCheck;
import fr.creneau.booking.onetimecode.command.OneTimeCodes;
import fr.creneau.booking.ratelimit.command.RateLimits;
import fr.creneau.platform.problem.ConflictException;
import fr.creneau.platform.problem.InvalidRequestException;
import fr.creneau.platform.problem.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

@RestController
class ConfirmationController {

    private final OneTimeCodes codes;
    private final AppointmentIndex appointments;
    private final CounterDayCommands commands;
    private final RateLimits rateLimits;
    private final Clock clock;

    ConfirmationController(OneTimeCodes codes, AppointmentIndex appointments, CounterDayCommands commands,
            RateLimits rateLimits, Clock clock) {
        this.codes = codes;
        this.appointments = appointments;
        this.commands = commands;
        this.rateLimits = rateLimits;
        this.clock = clock;
    }

    record CodeRequest(@NotNull(message = "le code est obligatoire")
                       @Pattern(regexp = "^[0-9]{6}$", message = "le code compte 6 chiffres") String code) {
    }

    record Confirmation(String appointmentId, String status, Instant start, Instant end, String counterId) {
    }

    record CodeSent(String appointmentId, Instant codeExpiresAt) {
    }

    @PostMapping("/api/booking/appointments/{appointmentId}/confirmation")
    Confirmation confirm(@PathVariable String appointmentId, @Valid @RequestBody CodeRequest request) {
        limit(appointmentId);
        AppointmentSummary appointment = known(appointmentId);
        CodeCheck check = codes.check(appointmentId, request.code());
        switch (check.result()) {
            case RIGHT -> {
                commands.send(new ConfirmAppointment(appointment.counterDayId(), appointmentId, clock.instant()));
                codes.forget(appointmentId);
            }
            case NONE_PENDING -> {
                return alreadySettled(appointment);
            }
            case EXPIRED -> throw new InvalidRequestException(
                    "Le code a expiré. Demandez un nouveau code.", Map.of("triesLeft", check.triesLeft()));
            case WRONG -> throw wrongCode(appointment, check.triesLeft());
        }
        return confirmation(appointmentId);
    }

    @PostMapping("/api/booking/appointments/{appointmentId}/code")
    CodeSent resend(@PathVariable String appointmentId) {
        limit(appointmentId);
        AppointmentSummary appointment = known(appointmentId);
        if (!"HELD".equals(appointment.status())) {
            throw new ConflictException("Ce rendez-vous n'attend plus de code.");
        }
        return new CodeSent(appointmentId, codes.resend(appointmentId, appointment.communeId()));
    }

    private void limit(String appointmentId) {
        rateLimits.check(RateLimits.CODE_PER_APPOINTMENT, appointmentId);
    }

    private InvalidRequestException wrongCode(AppointmentSummary appointment, int triesLeft) {
        if (triesLeft == 0) {
            commands.send(new ReleaseHold(appointment.counterDayId(), appointment.appointmentId(), clock.instant()));
            return new InvalidRequestException("Code incorrect. Aucun essai restant : le créneau a été libéré, "
                    + "veuillez recommencer votre réservation.", Map.of("triesLeft", 0));
        }
        return new InvalidRequestException("Code incorrect. Il vous reste %d essai%s.".formatted(triesLeft,
                triesLeft > 1 ? "s" : ""), Map.of("triesLeft", triesLeft));
    }

    private Confirmation alreadySettled(AppointmentSummary appointment) {
        if ("CONFIRMED".equals(appointment.status()) || "AWAITING_APPROVAL".equals(appointment.status())) {
            return confirmation(appointment.appointmentId());
        }
        if ("EXPIRED".equals(appointment.status())) {
            throw new ConflictException("La réservation a expiré : choisissez un nouveau créneau.");
        }
        throw new ConflictException("Aucun code n'est en attente pour ce rendez-vous.");
    }

    private AppointmentSummary known(String appointmentId) {
        return appointments.find(appointmentId)
                .orElseThrow(() -> new NotFoundException("Rendez-vous introuvable."));
    }

    private Confirmation confirmation(String appointmentId) {
        AppointmentSummary appointment = known(appointmentId);
        return new Confirmation(appointmentId, appointment.status(), appointment.start(), appointment.end(),
                appointment.counterId());
    }
}
