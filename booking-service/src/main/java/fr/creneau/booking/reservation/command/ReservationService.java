package fr.creneau.booking.reservation.command;

import fr.creneau.booking.ants.command.NumberCheck;
import fr.creneau.booking.availability.view.Alternatives;
import fr.creneau.booking.availability.view.BookingRules;
import fr.creneau.booking.availability.view.BookingWindow;
import fr.creneau.booking.availability.view.Demand;
import fr.creneau.booking.catalog.domain.AppointmentType;
import fr.creneau.booking.catalog.domain.Counter;
import fr.creneau.booking.catalog.view.AppointmentDetailsFactory;
import fr.creneau.booking.catalog.view.Catalog;
import fr.creneau.booking.config.BookingProperties;
import fr.creneau.booking.counterday.command.CounterDaySender;
import fr.creneau.booking.counterday.command.ReleaseHold;
import fr.creneau.booking.counterday.command.ReserveSlot;
import fr.creneau.booking.counterday.domain.Booking;
import fr.creneau.booking.counterday.domain.BookingRefused;
import fr.creneau.booking.counterday.domain.BookingStatus;
import fr.creneau.booking.counterday.domain.CounterDayId;
import fr.creneau.booking.counterday.domain.TimeRange;
import fr.creneau.booking.duplicates.view.DuplicateRefusal;
import fr.creneau.booking.onetimecode.command.CodeNotSent;
import fr.creneau.booking.onetimecode.command.OneTimeCodes;
import fr.creneau.platform.problem.ConflictException;
import fr.creneau.platform.problem.InvalidRequestException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.util.IdGenerator;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Takes a slot on a counter-day. A citizen gets a hold and a one-time code; an agent's booking is confirmed at
 * once. The counter-day aggregate decides whether the capacity is there; this service prepares what it needs.
 */
@Service
public class ReservationService {

    private static final Logger log = LoggerFactory.getLogger(ReservationService.class);

    private final BookingRules rules;
    private final Catalog catalog;
    private final CounterDaySender commands;
    private final Preparation preparation;
    private final OneTimeCodes codes;
    private final Alternatives alternatives;
    private final AppointmentDetailsFactory details;
    private final BookingProperties properties;
    private final Clock clock;
    private final IdGenerator ids;
    private final NumberCheck antsNumbers;

    ReservationService(BookingRules rules, Catalog catalog, CounterDaySender commands, Preparation preparation,
            OneTimeCodes codes, Alternatives alternatives, AppointmentDetailsFactory details,
            BookingProperties properties, Clock clock, IdGenerator ids, NumberCheck antsNumbers) {
        this.rules = rules;
        this.catalog = catalog;
        this.commands = commands;
        this.preparation = preparation;
        this.codes = codes;
        this.alternatives = alternatives;
        this.details = details;
        this.properties = properties;
        this.clock = clock;
        this.ids = ids;
        this.antsNumbers = antsNumbers;
    }

    public Reservation reserve(SlotRequest request) {
        assertNotSuspended(request.communeId());
        assertCodeCanReachTheCitizen(request);
        Instant now = clock.instant();
        AppointmentType type = rules.bookableType(request.communeId(), request.appointmentTypeId(),
                request.byCitizen());
        rules.assertPersonsAndOption(type, request.persons(), request.optionId());
        rules.assertOptionChosen(type, request.optionId());
        rules.assertAntsNumbers(type, request.persons(), request.antsNumbers(), request.antsNumbersLater());
        rules.assertAgentChoice(type, request.agentId(), request.byCitizen());
        Counter counter = rules.bookableCounter(request.communeId(), request.counterId(), type);
        ZoneId zone = catalog.zoneOf(request.communeId());
        Demand demand = Demand.of(type, request.persons());
        BookingWindow window = BookingWindow.of(type, now, zone);
        if (!window.allows(request.start())) {
            throw new InvalidRequestException("Ce créneau est hors de la période ouverte à la réservation "
                    + "(entre %s et %s).".formatted(window.earliestStart(), window.latestStart()));
        }
        List<String> antsNotices = antsNumbers.check(request.communeId(), request.antsNumbers());
        String appointmentId = ids.generateId().toString();
        Preparation.Prepared prepared = preparation.prepare(appointmentId, request);
        Booking booking = new Booking(appointmentId, request.communeId(), counter.counterId(),
                details.of(type, request.optionId(), counter, zone), TimeRange.of(request.start(), demand.duration()),
                demand.units(), request.persons(), request.agentId(), request.channel(), BookingStatus.HELD, now,
                request.byCitizen() ? now.plus(properties.holdDuration()) : null);
        String counterDayId = new CounterDayId(counter.counterId(), request.start().atZone(zone).toLocalDate()).toString();
        try {
            commands.send(new ReserveSlot(counterDayId, booking, window.earliestStart(), window.latestStart(),
                    prepared.sealedContact(), now));
        } catch (BookingRefused | AggregateNotFoundException e) {
            preparation.undo(appointmentId);
            throw refusal(e, request, zone);
        } catch (RuntimeException e) {
            preparation.undo(appointmentId);
            throw DuplicateRefusal.in(e).<RuntimeException>map(conflict -> conflict).orElse(e);
        }
        if (prepared.code() != null) {
            sendCode(counterDayId, request.communeId(), prepared);
        }
        return new Reservation(appointmentId, request.byCitizen() ? BookingStatus.HELD : BookingStatus.CONFIRMED, booking.holdExpiresAt(),
                booking.range().start(), booking.range().end(), counter.counterId(), counter.placeId(), antsNotices);
    }

    /**
     * A hold whose code cannot be sent (the broker is down) is given up at once, and the citizen told to come back:
     * no slot stays held for a code that never comes, and no answer waits for the broker.
     */
    private void sendCode(String counterDayId, String communeId, Preparation.Prepared prepared) {
        try {
            codes.send(communeId, prepared.code(), prepared.contact());
        } catch (CodeNotSent e) {
            String appointmentId = prepared.code().pending().appointmentId();
            log.warn("the one-time code of {} could not be sent, its hold is given up: {}", appointmentId,
                    e.getCause().getMessage());
            codes.forget(appointmentId);
            commands.send(new ReleaseHold(counterDayId, appointmentId, clock.instant()));
            throw new CodeNotSent("Le code de confirmation ne peut pas être envoyé pour le moment. Le créneau n'a "
                    + "pas été retenu : réessayez dans quelques minutes.", e.getCause());
        }
    }

    private void assertNotSuspended(String communeId) {
        if (catalog.suspension(communeId).isPresent()) {
            throw new ConflictException(("La commune « %s » ne prend pas de rendez-vous pour le moment : son service "
                    + "de rendez-vous en ligne est suspendu. Les rendez-vous déjà pris sont maintenus.")
                    .formatted(communeId), Map.of("suspended", true));
        }
    }

    /** Without the SMS option the code goes by e-mail only: a citizen who gave a mobile alone would never get it. */
    private void assertCodeCanReachTheCitizen(SlotRequest request) {
        if (request.needsCode() && (request.email() == null || request.email().isBlank())
                && !catalog.smsOffered(request.communeId())) {
            throw new InvalidRequestException(("citizen.email : la commune « %s » n'envoie pas de SMS ; indiquez une "
                    + "adresse e-mail, où vous recevrez votre code de confirmation.").formatted(request.communeId()));
        }
    }

    private RuntimeException refusal(RuntimeException e, SlotRequest request, ZoneId zone) {
        if (e instanceof BookingRefused refused && refused.reason() == BookingRefused.Reason.OUTSIDE_BOOKING_WINDOW) {
            return new InvalidRequestException(refused.getMessage());
        }
        return alternatives.slotTaken(request.communeId(), request.appointmentTypeId(), request.persons(),
                request.agentId(), request.start().atZone(zone).toLocalDate(), zone, request.byCitizen());
    }
}
