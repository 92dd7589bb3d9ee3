package fr.creneau.booking.appointment.web;

import fr.creneau.booking.appointment.command.AppointmentEditing;
import fr.creneau.booking.appointment.command.AppointmentLifecycle;
import fr.creneau.booking.appointment.command.Rescheduling;
import fr.creneau.booking.appointment.view.AppointmentIndex;
import fr.creneau.booking.appointment.view.AppointmentSummary;
import fr.creneau.booking.availability.view.BookingRules;
import fr.creneau.booking.contact.view.ContactVault;
import fr.creneau.identity.AgentIdentity;
import fr.creneau.platform.problem.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What agents do to appointments, under /api/booking/agent where the platform's guard requires an agent. The agent
 * recorded as having acted is the one logged in, never one named in the body.
 */
@RestController
@RequestMapping("/api/booking/agent/appointments/{appointmentId}")
class AgentAppointmentController {

    private final AppointmentLifecycle lifecycle;
    private final Rescheduling rescheduling;
    private final AppointmentEditing editing;
    private final AppointmentIndex index;
    private final ContactVault vault;
    private final BookingRules rules;

    AgentAppointmentController(AppointmentLifecycle lifecycle, Rescheduling rescheduling, AppointmentEditing editing,
            AppointmentIndex index, ContactVault vault, BookingRules rules) {
        this.lifecycle = lifecycle;
        this.rescheduling = rescheduling;
        this.editing = editing;
        this.index = index;
        this.vault = vault;
        this.rules = rules;
    }

    record Decision(String reason) {
    }

    record Cancellation(@NotBlank(message = "le motif d'annulation est obligatoire") String reason) {
    }

    record Attendance(@NotNull(message = "indiquez si le citoyen est venu") Boolean attended) {
    }

    record Assignment(@NotBlank(message = "l'agent est obligatoire") String agentId) {
    }

    @GetMapping
    AgentAppointmentView view(@PathVariable String appointmentId, AgentIdentity agent) {
        AppointmentView appointment = AppointmentView.of(inCommuneOf(agent, appointmentId));
        CitizenContact citizen = index.sealedContact(appointmentId)
                .flatMap(sealed -> vault.open(appointmentId, sealed))
                .map(CitizenContact::of)
                .orElse(null);
        return new AgentAppointmentView(appointment, citizen);
    }

    @PostMapping("/approval")
    AppointmentView approve(@PathVariable String appointmentId, AgentIdentity agent,
            @RequestBody(required = false) Decision decision) {
        inCommuneOf(agent, appointmentId);
        return AppointmentView.of(lifecycle.approve(appointmentId, agent.actor()));
    }

    @PostMapping("/refusal")
    AppointmentView refuse(@PathVariable String appointmentId, AgentIdentity agent,
            @RequestBody(required = false) Decision decision) {
        inCommuneOf(agent, appointmentId);
        String reason = decision == null ? null : decision.reason();
        return AppointmentView.of(lifecycle.refuse(appointmentId, agent.actor(), reason));
    }

    @PostMapping("/cancellation")
    AppointmentView cancel(@PathVariable String appointmentId, AgentIdentity agent,
            @Valid @RequestBody Cancellation cancellation) {
        inCommuneOf(agent, appointmentId);
        return AppointmentView.of(lifecycle.cancel(appointmentId, true, agent.actor(), cancellation.reason()));
    }

    @PostMapping("/attendance")
    AppointmentView attendance(@PathVariable String appointmentId, AgentIdentity agent,
            @Valid @RequestBody Attendance attendance) {
        inCommuneOf(agent, appointmentId);
        return AppointmentView.of(lifecycle.recordAttendance(appointmentId, attendance.attended(), agent.actor()));
    }

    @PostMapping("/assignment")
    AppointmentView assign(@PathVariable String appointmentId, AgentIdentity agent,
            @Valid @RequestBody Assignment assignment) {
        AppointmentSummary appointment = inCommuneOf(agent, appointmentId);
        rules.assignableAgent(appointment.communeId(), assignment.agentId(), appointment.appointmentTypeId());
        return AppointmentView.of(lifecycle.assign(appointmentId, assignment.agentId()));
    }

    @PatchMapping
    AgentAppointmentView edit(@PathVariable String appointmentId, AgentIdentity agent,
            @Valid @RequestBody EditRequest edit) {
        inCommuneOf(agent, appointmentId);
        editing.edit(appointmentId, edit.toEdit(), true, agent.actor());
        return view(appointmentId, agent);
    }

    @PostMapping("/reschedule")
    AppointmentView reschedule(@PathVariable String appointmentId, AgentIdentity agent,
            @Valid @RequestBody SlotChoice choice) {
        inCommuneOf(agent, appointmentId);
        return AppointmentView.of(rescheduling.reschedule(appointmentId, choice.counterId(), choice.start(), true));
    }

    /** An appointment of another commune is answered exactly like an unknown one. */
    private AppointmentSummary inCommuneOf(AgentIdentity agent, String appointmentId) {
        AppointmentSummary appointment = lifecycle.find(appointmentId);
        if (!agent.belongsTo(appointment.communeId())) {
            throw new NotFoundException(AppointmentLifecycle.NOT_FOUND);
        }
        return appointment;
    }
}
