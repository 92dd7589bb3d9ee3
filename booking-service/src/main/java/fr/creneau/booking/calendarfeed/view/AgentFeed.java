package fr.creneau.booking.calendarfeed.view;

import fr.creneau.booking.calendarfeed.domain.AgentCalendar;
import fr.creneau.booking.calendarfeed.domain.FeedEvent;
import fr.creneau.booking.catalog.domain.AppointmentType;
import fr.creneau.booking.catalog.domain.Counter;
import fr.creneau.booking.catalog.domain.Place;
import fr.creneau.booking.catalog.view.Catalog;
import fr.creneau.booking.contact.domain.ContactDetails;
import fr.creneau.booking.contact.view.ContactVault;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An agent's calendar from 30 days back to 90 ahead. Each event says what the agenda says of the appointment, and
 * less: the type and option, the citizen's name, the number of persons, the counter and place. Phone numbers,
 * e-mail addresses, ANTS numbers and remarks stay in the agenda, since a feed is copied into a calendar provider.
 */
@Component
public class AgentFeed {

    static final Duration BACK = Duration.ofDays(30);
    static final Duration AHEAD = Duration.ofDays(90);

    private final AgentAppointments appointments;
    private final Catalog catalog;
    private final ContactVault vault;
    private final Clock clock;

    AgentFeed(AgentAppointments appointments, Catalog catalog, ContactVault vault, Clock clock) {
        this.appointments = appointments;
        this.catalog = catalog;
        this.vault = vault;
        this.clock = clock;
    }

    public String calendarOf(FeedOwner owner) {
        Instant now = clock.instant();
        String name = catalog.commune(owner.communeId()).map(commune -> "Rendez-vous – " + commune.name())
                .orElse("Rendez-vous");
        return AgentCalendar.write(name, appointments.of(owner, now.minus(BACK), now.plus(AHEAD)).stream()
                .map(this::event).toList());
    }

    private FeedEvent event(AgentAppointments.Row row) {
        Optional<AppointmentType> type = catalog.appointmentType(row.typeId());
        String what = type.map(AppointmentType::label).orElse("Rendez-vous")
                + type.flatMap(t -> optionLabel(t, row.optionId())).map(option -> " (" + option + ")").orElse("");
        Optional<String> citizen = Optional.ofNullable(row.sealedContact())
                .flatMap(sealed -> vault.open(row.appointmentId(), sealed)).map(ContactDetails::fullName);
        Optional<Counter> counter = catalog.counter(row.counterId());
        Optional<Place> place = counter.flatMap(c -> catalog.place(c.placeId()));
        String location = Stream.of(counter.map(Counter::name), place.map(Place::name), place.map(Place::address))
                .flatMap(Optional::stream).filter(text -> !text.isBlank()).collect(Collectors.joining(", "));
        String description = "Personnes : " + row.persons() + switch (row.status()) {
            case "AWAITING_APPROVAL" -> "\nEn attente de validation";
            case "ATTENDED" -> "\nVenu";
            case "NO_SHOW" -> "\nAbsent";
            default -> "";
        };
        return new FeedEvent(FeedEvent.uidOf(row.appointmentId()), row.start(), row.end(), row.changedAt(),
                row.changes(), citizen.map(name -> what + " – " + name).orElse(what),
                location.isEmpty() ? null : location, description, row.status().equals("AWAITING_APPROVAL"));
    }

    private static Optional<String> optionLabel(AppointmentType type, String optionId) {
        if (optionId == null || type.options() == null) {
            return Optional.empty();
        }
        return type.options().stream().filter(option -> optionId.equals(option.optionId()))
                .map(AppointmentType.Option::label).findFirst();
    }
}
