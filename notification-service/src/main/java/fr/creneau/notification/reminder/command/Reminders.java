package fr.creneau.notification.reminder.command;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import fr.creneau.booking.api.AppointmentApproved;
import fr.creneau.booking.api.AppointmentAssigned;
import fr.creneau.booking.api.AppointmentConfirmed;
import fr.creneau.booking.api.AppointmentRescheduled;
import fr.creneau.booking.api.BookingEvent;
import fr.creneau.booking.api.SlotReserved;
import fr.creneau.notification.booking.domain.AppointmentChanged;
import fr.creneau.notification.reminder.domain.Delay;
import fr.creneau.notification.reminder.domain.DueReminder;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Keeps an appointment's reminder tasks in step with it, in the transaction that applies its event: booked or
 * moved, they are (re)scheduled for its start; refused, cancelled, unscheduled or over, they are removed.
 */
@Component
class Reminders {

    private final SchedulerClient scheduler;
    private final ReminderSettings settings;
    private final JdbcClient jdbc;
    private final Clock clock;

    Reminders(SchedulerClient scheduler, ReminderSettings settings, JdbcClient jdbc, Clock clock) {
        this.scheduler = scheduler;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void on(AppointmentChanged changed) {
        BookingEvent event = changed.event();
        if (event instanceof AppointmentAssigned || event instanceof SlotReserved) {
            return; // a hold is the appointment's first event: it has no reminders to cancel yet
        }
        cancel(event.appointmentId());
        if (event instanceof AppointmentConfirmed || event instanceof AppointmentApproved
                || event instanceof AppointmentRescheduled) {
            schedule(event);
        }
    }

    private void schedule(BookingEvent event) {
        Instant start = event.appointment().start();
        Instant now = clock.instant();
        for (Delay delay : settings.delaysFor(event.communeId(), event.appointment().appointmentTypeId())) {
            DueReminder reminder = new DueReminder(event.appointmentId(), start, delay.minutes());
            if (reminder.dueAt().isAfter(now)) {
                scheduler.schedule(ReminderTask.DESCRIPTOR.instance(reminder.instanceId()).data(reminder.data())
                        .scheduledTo(reminder.dueAt()));
            }
        }
    }

    private void cancel(String appointmentId) {
        scheduledFor(appointmentId).forEach(instance -> scheduler.cancel(ReminderTask.DESCRIPTOR.instanceId(instance)));
    }

    /** The instance ids of the appointment's reminders still waiting, read from db-scheduler's own table. */
    List<String> scheduledFor(String appointmentId) {
        return jdbc.sql("""
                        SELECT task_instance FROM scheduled_tasks
                        WHERE task_name = :task AND task_instance LIKE :prefix AND picked = false""")
                .param("task", ReminderTask.DESCRIPTOR.getTaskName())
                .param("prefix", appointmentId.replace("%", "\\%").replace("_", "\\_") + "/%")
                .query(String.class)
                .list();
    }
}
