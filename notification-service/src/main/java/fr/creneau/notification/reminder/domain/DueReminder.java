package fr.creneau.notification.reminder;

import java.time.Instant;

/** The data of a reminder task: which appointment, for which start, how long before. */
record DueReminder(String appointmentId, Instant start, long minutesBefore) {

    static DueReminder parse(String data) {
        String[] parts = data.split("\\|");
        return new DueReminder(parts[0], Instant.parse(parts[1]), Long.parseLong(parts[2]));
    }

    String data() {
        return appointmentId + "|" + start + "|" + minutesBefore;
    }

    String instanceId() {
        return appointmentId + "/" + minutesBefore;
    }

    Instant dueAt() {
        return start.minusSeconds(minutesBefore * 60);
    }

    /** The same reminder of the same appointment at the same time is one notice, however often it fires. */
    String eventId() {
        return "reminder/" + appointmentId + "/" + start + "/" + minutesBefore;
    }
}
