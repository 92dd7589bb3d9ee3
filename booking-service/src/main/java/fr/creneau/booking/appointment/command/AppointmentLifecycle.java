package fr.creneau.booking.appointment.command;

import fr.creneau.booking.appointment.view.AppointmentIndex;
import fr.creneau.booking.appointment.view.AppointmentSummary;
import fr.creneau.booking.counterday.command.ApproveAppointment;
import fr.creneau.booking.counterday.command.AssignAppointment;
import fr.creneau.booking.counterday.command.CancelAppointment;
import fr.creneau.booking.counterday.command.CounterDaySender;
import fr.creneau.booking.counterday.command.RecordAttendance;
import fr.creneau.booking.counterday.command.RefuseAppointment;
import fr.creneau.platform.problem.NotFoundException;
import org.springframework.stereotype.Service;

import java.time.Clock;

/** What happens to an existing appointment: its counter-day is found through the index, then commanded. */
@Service
public class AppointmentLifecycle {

    public static final String NOT_FOUND = "Rendez-vous introuvable.";

    private final AppointmentIndex index;
    private final CounterDaySender commands;
    private final Clock clock;

    AppointmentLifecycle(AppointmentIndex index, CounterDaySender commands, Clock clock) {
        this.index = index;
        this.commands = commands;
        this.clock = clock;
    }

    public AppointmentSummary cancel(String appointmentId, boolean byAgent, String agentId, String reason) {
        AppointmentSummary appointment = find(appointmentId);
        commands.send(new CancelAppointment(appointment.counterDayId(), appointmentId, byAgent, agentId, reason,
                clock.instant()));
        return find(appointmentId);
    }

    public AppointmentSummary approve(String appointmentId, String agentId) {
        AppointmentSummary appointment = find(appointmentId);
        commands.send(new ApproveAppointment(appointment.counterDayId(), appointmentId, agentId, clock.instant()));
        return find(appointmentId);
    }

    public AppointmentSummary refuse(String appointmentId, String agentId, String reason) {
        AppointmentSummary appointment = find(appointmentId);
        commands.send(new RefuseAppointment(appointment.counterDayId(), appointmentId, agentId, reason,
                clock.instant()));
        return find(appointmentId);
    }

    public AppointmentSummary recordAttendance(String appointmentId, boolean attended, String agentId) {
        AppointmentSummary appointment = find(appointmentId);
        commands.send(new RecordAttendance(appointment.counterDayId(), appointmentId, attended, agentId,
                clock.instant()));
        return find(appointmentId);
    }

    public AppointmentSummary assign(String appointmentId, String agentId) {
        AppointmentSummary appointment = find(appointmentId);
        commands.send(new AssignAppointment(appointment.counterDayId(), appointmentId, agentId, clock.instant()));
        return find(appointmentId);
    }

    public AppointmentSummary find(String appointmentId) {
        return index.find(appointmentId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }
}
