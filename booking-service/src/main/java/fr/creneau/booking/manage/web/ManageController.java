package fr.creneau.booking.manage.web;

import fr.creneau.booking.appointment.command.AppointmentEditing;
import fr.creneau.booking.appointment.command.AppointmentLifecycle;
import fr.creneau.booking.appointment.command.Rescheduling;
import fr.creneau.booking.appointment.web.EditRequest;
import fr.creneau.booking.appointment.view.AppointmentSummary;
import fr.creneau.booking.appointment.web.SlotChoice;
import fr.creneau.booking.catalog.view.Catalog;
import fr.creneau.booking.manage.view.ManageTokens;
import fr.creneau.booking.reference.view.AppointmentReferences;
import fr.creneau.platform.problem.NotFoundException;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The citizen's manage link: whoever holds the token may view, cancel, move or edit the appointment. */
@RestController
@RequestMapping("/api/booking/manage/{token}")
class ManageController {

    private final ManageTokens tokens;
    private final AppointmentLifecycle lifecycle;
    private final Rescheduling rescheduling;
    private final AppointmentEditing editing;
    private final Catalog catalog;
    private final AppointmentReferences references;

    ManageController(ManageTokens tokens, AppointmentLifecycle lifecycle, Rescheduling rescheduling,
            AppointmentEditing editing, Catalog catalog, AppointmentReferences references) {
        this.tokens = tokens;
        this.references = references;
        this.lifecycle = lifecycle;
        this.rescheduling = rescheduling;
        this.editing = editing;
        this.catalog = catalog;
    }

    @GetMapping
    ManagedAppointment view(@PathVariable String token) {
        return shown(lifecycle.find(appointmentOf(token)));
    }

    @PostMapping("/cancellation")
    ManagedAppointment cancel(@PathVariable String token) {
        return shown(lifecycle.cancel(appointmentOf(token), false, null, null));
    }

    @PostMapping("/reschedule")
    ManagedAppointment reschedule(@PathVariable String token, @Valid @RequestBody SlotChoice choice) {
        return shown(rescheduling.reschedule(appointmentOf(token), choice.counterId(), choice.start(),
                false));
    }

    /** The citizen's own details, option, persons, remark and ANTS numbers; the answer shows no personal data. */
    @PatchMapping
    ManagedAppointment edit(@PathVariable String token, @Valid @RequestBody EditRequest edit) {
        return shown(editing.edit(appointmentOf(token), edit.toEdit(), false, null));
    }

    private ManagedAppointment shown(AppointmentSummary appointment) {
        return ManagedAppointment.of(appointment, catalog,
                references.of(appointment.appointmentId()).orElse(null));
    }

    private String appointmentOf(String token) {
        return tokens.appointmentOf(token).orElseThrow(() -> new NotFoundException(
                "Ce lien de gestion de rendez-vous n'est pas valide."));
    }
}
