package fr.creneau.booking.waitinglist.web;

import fr.creneau.booking.appointment.command.AppointmentLifecycle;
import fr.creneau.booking.appointment.view.AppointmentSummary;
import fr.creneau.booking.waitinglist.view.WaitingListEntries;
import fr.creneau.identity.AgentIdentity;
import fr.creneau.platform.problem.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Agents see whether an appointment of their commune waits for an earlier slot, and what it is offered. */
@RestController
class AgentWaitingListController {

    private final AppointmentLifecycle lifecycle;
    private final WaitingListEntries entries;

    AgentWaitingListController(AppointmentLifecycle lifecycle, WaitingListEntries entries) {
        this.lifecycle = lifecycle;
        this.entries = entries;
    }

    @GetMapping("/api/booking/agent/appointments/{appointmentId}/waiting-list")
    WaitingListView view(@PathVariable String appointmentId, AgentIdentity agent) {
        AppointmentSummary appointment = lifecycle.find(appointmentId);
        if (!agent.belongsTo(appointment.communeId())) {
            throw new NotFoundException(AppointmentLifecycle.NOT_FOUND);
        }
        return WaitingListView.of(appointmentId, entries.find(appointmentId).orElse(null));
    }
}
