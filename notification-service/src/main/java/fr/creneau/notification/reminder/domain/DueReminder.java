package fr.creneau.notification.reminder.domain;

import java.time.Instant;

/** The data of a reminder task: which appointment, for which start, how long before. */
public record DueReminder(String appointmentId, Instant start, long minutesBefore) {

    public static DueReminder parse(String data) {
        String[] parts = data.split("\\|");
        return new DueReminder(parts[0], Instant.parse(parts[1]), Long.parseLong(parts[2]));
    }

    public String data() {
        return appointmentId + "|" + start + "|" + minutesBefore;
    }

    public String instanceId() {
        return appointmentId + "/" + minutesBefore;
    }

    public Instant dueAt() {
        return start.minusSeconds(minutesBefore * 60);
    }

    /** The same reminder of the same appointment at the same time is one notice, however often it fires. */
    public String eventId() {
        return "reminder/" + appointmentId + "/" + start + "/" + minutesBefore;
    }
}
