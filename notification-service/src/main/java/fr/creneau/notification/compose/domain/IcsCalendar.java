package fr.creneau.notification.compose.domain;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateTime;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Date;

/**
 * An iCalendar (RFC 5545) event for the appointment, written by ical4j (escaping, folding at 75 octets, line ends).
 * Times are in UTC, which every calendar converts to its own wall clock. One appointment keeps one UID: a move is the
 * same event with a higher SEQUENCE, a cancellation the same event under METHOD:CANCEL, STATUS:CANCELLED.
 */
public final class IcsCalendar {

    /** What the calendar application is asked to do with the event. */
    public enum Action { PUBLISH, CANCEL }

    private IcsCalendar() {
    }

    public static String event(String uid, Instant start, Instant end, Instant stamp, String summary,
            String location, String description, int sequence, Action action) {
        VEvent event = new VEvent(utc(start), utc(end), summary);
        event.getProperties().remove(event.getProperty(net.fortuna.ical4j.model.Property.DTSTAMP));
        event.getProperties().add(new DtStamp(utc(stamp)));
        event.getProperties().add(new Uid(uid));
        event.getProperties().add(new Sequence(sequence));
        event.getProperties().add(new Location(location == null ? "" : location));
        event.getProperties().add(new Description(description == null ? "" : description));
        if (action == Action.CANCEL) {
            event.getProperties().add(Status.VEVENT_CANCELLED);
        }
        Calendar calendar = new Calendar();
        calendar.getProperties().add(new ProdId("-//Créneau//Rendez-vous en mairie//FR"));
        calendar.getProperties().add(Version.VERSION_2_0);
        calendar.getProperties().add(CalScale.GREGORIAN);
        calendar.getProperties().add(action == Action.CANCEL ? Method.CANCEL : Method.PUBLISH);
        calendar.getComponents().add(event);
        StringWriter ics = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, ics);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the calendar", e);
        }
        return ics.toString();
    }

    private static DateTime utc(Instant instant) {
        DateTime time = new DateTime(Date.from(instant));
        time.setUtc(true);
        return time;
    }
}
