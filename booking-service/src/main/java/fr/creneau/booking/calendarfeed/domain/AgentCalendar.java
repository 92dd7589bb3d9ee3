package fr.creneau.booking.calendarfeed.domain;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateTime;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * An agent's appointments as an iCalendar (RFC 5545) feed, written by ical4j. Times are in UTC, which Google
 * Calendar, Outlook and Apple Calendar all show in their own time zone. The calendar's name and the hour between two
 * reads are given both as RFC 7986 says (NAME, REFRESH-INTERVAL) and as those applications read them
 * (X-WR-CALNAME, X-PUBLISHED-TTL).
 */
public final class AgentCalendar {

    private AgentCalendar() {
    }

    public static String write(String name, List<FeedEvent> events) {
        Calendar calendar = new Calendar();
        calendar.getProperties().add(new ProdId("-//Créneau//Agenda des agents//FR"));
        calendar.getProperties().add(Version.VERSION_2_0);
        calendar.getProperties().add(CalScale.GREGORIAN);
        calendar.getProperties().add(Method.PUBLISH);
        calendar.getProperties().add(new XProperty("X-WR-CALNAME", name));
        calendar.getProperties().add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
        calendar.getProperties().add(new Name(name));
        ParameterList duration = new ParameterList();
        duration.add(Value.DURATION);
        calendar.getProperties().add(new RefreshInterval(duration, Duration.ofHours(1)));
        events.forEach(event -> calendar.getComponents().add(vevent(event)));
        StringWriter ics = new StringWriter();
        try {
            // an agent with no appointment in the window still gets a valid, empty calendar
            new CalendarOutputter(false).output(calendar, ics);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the calendar", e);
        }
        return ics.toString();
    }

    private static VEvent vevent(FeedEvent event) {
        VEvent vevent = new VEvent(utc(event.start()), utc(event.end()), event.summary());
        vevent.getProperties().remove(vevent.getProperty(Property.DTSTAMP));
        vevent.getProperties().add(new DtStamp(utc(event.stamp())));
        vevent.getProperties().add(new Uid(event.uid()));
        vevent.getProperties().add(new Sequence(event.sequence()));
        vevent.getProperties().add(event.tentative() ? Status.VEVENT_TENTATIVE : Status.VEVENT_CONFIRMED);
        if (event.location() != null) {
            vevent.getProperties().add(new Location(event.location()));
        }
        if (event.description() != null) {
            vevent.getProperties().add(new Description(event.description()));
        }
        return vevent;
    }

    private static DateTime utc(Instant instant) {
        DateTime time = new DateTime(Date.from(instant));
        time.setUtc(true);
        return time;
    }
}
