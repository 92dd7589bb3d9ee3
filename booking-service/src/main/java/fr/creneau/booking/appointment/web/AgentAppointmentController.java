package fr.creneau.booking.appointment.web;

import fr.creneau.booking.appointment.command.AppointmentLifecycle;
import fr.creneau.booking.appointment.command.Rescheduling;
import fr.creneau.booking.appointment.query.AppointmentIndex;
import fr.creneau.booking.contact.ContactVault;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What agents do to appointments (the gateway authenticates them: every path is under /api/booking/agent). */
@RestController
@RequestMapping("/api/booking/agent/appointments/{appointmentId}")
class AgentAppointmentController {

    private final AppointmentLifecycle lifecycle;
    private final Rescheduling rescheduling;
    private final AppointmentIndex index;
    private final ContactVault vault;

    AgentAppointmentController(AppointmentLifecycle lifecycle, Rescheduling rescheduling, AppointmentIndex index,
            ContactVault vault) {
        this.lifecycle = lifecycle;
        this.rescheduling = rescheduling;
        this.index = index;
        this.vault = vault;
    }

    record AgentAction(@NotBlank(message = "l'agent est obligatoire") String agentId, String reason) {
    }

    record Cancellation(@NotBlank(message = "l'agent est obligatoire") String agentId,
                        @NotBlank(message = "le motif d'annulation est obligatoire") String reason) {
    }

    record Attendance(@NotBlank(message = "l'agent est obligatoire") String agentId,
                      @NotNull(message = "indiquez si le citoyen est venu") Boolean attended) {
    }

    @GetMapping
    AgentAppointmentView view(@PathVariable String appointmentId) {
        AppointmentView appointment = AppointmentView.of(lifecycle.find(appointmentId));
        CitizenContact citizen = index.sealedContact(appointmentId)
                .flatMap(sealed -> vault.open(appointmentId, sealed))
                .map(CitizenContact::of)
                .orElse(null);
        return new AgentAppointmentView(appointment, citizen);
    }

    @PostMapping("/approval")
    AppointmentView approve(@PathVariable String appointmentId, @Valid @RequestBody AgentAction action) {
        return AppointmentView.of(lifecycle.approve(appointmentId, action.agentId()));
    }

    @PostMapping("/refusal")
    AppointmentView refuse(@PathVariable String appointmentId, @Valid @RequestBody AgentAction action) {
        return AppointmentView.of(lifecycle.refuse(appointmentId, action.agentId(), action.reason()));
    }

    @PostMapping("/cancellation")
    AppointmentView cancel(@PathVariable String appointmentId, @Valid @RequestBody Cancellation cancellation) {
        return AppointmentView.of(lifecycle.cancel(appointmentId, true, cancellation.agentId(), cancellation.reason()));
    }

    @PostMapping("/attendance")
    AppointmentView attendance(@PathVariable String appointmentId, @Valid @RequestBody Attendance attendance) {
        return AppointmentView.of(lifecycle.recordAttendance(appointmentId, attendance.attended(), attendance.agentId()));
    }

    @PostMapping("/assignment")
    AppointmentView assign(@PathVariable String appointmentId, @Valid @RequestBody AgentAction action) {
        return AppointmentView.of(lifecycle.assign(appointmentId, action.agentId()));
    }

    @PostMapping("/reschedule")
    AppointmentView reschedule(@PathVariable String appointmentId, @Valid @RequestBody SlotChoice choice) {
        return AppointmentView.of(rescheduling.reschedule(appointmentId, choice.counterId(), choice.start(), true));
    }
}
