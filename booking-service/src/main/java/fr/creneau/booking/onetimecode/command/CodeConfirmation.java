package fr.creneau.booking.onetimecode.command;

import fr.creneau.booking.ants.command.NumberCheck;
import fr.creneau.booking.appointment.view.AppointmentIndex;
import fr.creneau.booking.appointment.view.AppointmentSummary;
import fr.creneau.booking.counterday.command.ConfirmAppointment;
import fr.creneau.booking.counterday.command.CounterDaySender;
import fr.creneau.booking.counterday.command.ReleaseHold;
import fr.creneau.booking.ratelimit.command.RateLimits;
import fr.creneau.platform.problem.ConflictException;
import fr.creneau.platform.problem.InvalidRequestException;
import fr.creneau.platform.problem.NotFoundException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import static fr.creneau.booking.counterday.domain.BookingStatus.AWAITING_APPROVAL;
import static fr.creneau.booking.counterday.domain.BookingStatus.CONFIRMED;
import static fr.creneau.booking.counterday.domain.BookingStatus.EXPIRED;
import static fr.creneau.booking.counterday.domain.BookingStatus.HELD;

/**
 * The citizen's answer to a one-time code: the right code confirms the hold, the last wrong one frees it. Tries are
 * limited per appointment, on top of the code's own count of tries.
 */
@Service
public class CodeConfirmation {

    private final OneTimeCodes codes;
    private final AppointmentIndex appointments;
    private final CounterDaySender commands;
    private final RateLimits rateLimits;
    private final Clock clock;
    private final NumberCheck antsNumbers;

    CodeConfirmation(OneTimeCodes codes, AppointmentIndex appointments, CounterDaySender commands,
            RateLimits rateLimits, Clock clock, NumberCheck antsNumbers) {
        this.codes = codes;
        this.appointments = appointments;
        this.commands = commands;
        this.rateLimits = rateLimits;
        this.clock = clock;
        this.antsNumbers = antsNumbers;
    }

    /** Confirms the hold with {@code code}; the appointment as it now stands. */
    public AppointmentSummary confirm(String appointmentId, String code) {
        limit(appointmentId);
        AppointmentSummary appointment = known(appointmentId);
        CodeCheck check = codes.check(appointmentId, code);
        switch (check.result()) {
            case RIGHT -> {
                recheckAntsNumbers(appointment);
                commands.send(new ConfirmAppointment(appointment.counterDayId(), appointmentId, clock.instant()));
                codes.forget(appointmentId);
            }
            case NONE_PENDING -> assertAlreadyConfirmed(appointment);
            case EXPIRED -> throw new InvalidRequestException(
                    "Le code a expiré. Demandez un nouveau code.", Map.of("triesLeft", check.triesLeft()));
            case WRONG -> throw wrongCode(appointment, check.triesLeft());
        }
        return known(appointmentId);
    }

    /** Sends a new code for a hold; when it expires. */
    public Instant resend(String appointmentId) {
        limit(appointmentId);
        AppointmentSummary appointment = known(appointmentId);
        if (appointment.status() != HELD) {
            throw new ConflictException("Ce rendez-vous n'attend plus de code.");
        }
        return codes.resend(appointmentId, appointment.communeId());
    }

    /**
     * A number refused now (consumed, expired, booked elsewhere where the commune refuses it) frees the hold, which
     * could never be confirmed; without an answer from the ANTS, where the commune refuses, the hold and its code
     * stay for another try.
     */
    private void recheckAntsNumbers(AppointmentSummary appointment) {
        try {
            antsNumbers.recheck(appointment.communeId(), appointment.appointmentId());
        } catch (ConflictException | InvalidRequestException refused) {
            codes.forget(appointment.appointmentId());
            commands.send(new ReleaseHold(appointment.counterDayId(), appointment.appointmentId(), clock.instant()));
            throw refused;
        }
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

    /** No code is pending: fine if the appointment was confirmed already (the same code sent twice). */
    private static void assertAlreadyConfirmed(AppointmentSummary appointment) {
        if (appointment.status() == CONFIRMED || appointment.status() == AWAITING_APPROVAL) {
            return;
        }
        if (appointment.status() == EXPIRED) {
            throw new ConflictException("La réservation a expiré : choisissez un nouveau créneau.");
        }
        throw new ConflictException("Aucun code n'est en attente pour ce rendez-vous.");
    }

    private AppointmentSummary known(String appointmentId) {
        return appointments.find(appointmentId)
                .orElseThrow(() -> new NotFoundException("Rendez-vous introuvable."));
    }
}
