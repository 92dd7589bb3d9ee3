package fr.creneau.booking.operator.web;

import fr.creneau.booking.operator.view.ActiveAppointments;
import fr.creneau.identity.Role;
import fr.creneau.platform.identity.AgentRoles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;

/** For the platform administrator: how many appointments each commune has still to come. */
@RestController
class OperatorBookingController {

    private final ActiveAppointments appointments;
    private final Clock clock;

    OperatorBookingController(ActiveAppointments appointments, Clock clock) {
        this.appointments = appointments;
        this.clock = clock;
    }

    @AgentRoles(Role.PLATFORM_ADMIN)
    @GetMapping("/api/booking/operator/active-appointments")
    List<ActiveAppointments.CommuneCount> activeAppointments() {
        return appointments.after(clock.instant());
    }
}
