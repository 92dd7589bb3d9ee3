package fr.creneau.booking.counterday.command;

import fr.creneau.booking.counterday.domain.AppointmentDetails;
import fr.creneau.booking.counterday.domain.Booking;
import fr.creneau.booking.counterday.domain.BookingChannel;
import fr.creneau.booking.counterday.domain.BookingStatus;
import fr.creneau.booking.counterday.domain.CapacityWindow;
import fr.creneau.booking.counterday.domain.CounterDayId;
import fr.creneau.booking.counterday.domain.DayCapacity;
import fr.creneau.booking.counterday.domain.DayCapacityChanged;
import fr.creneau.booking.counterday.domain.Proposal;
import fr.creneau.booking.counterday.domain.SlotProposals;
import fr.creneau.booking.counterday.domain.SlotReserved;
import fr.creneau.booking.counterday.domain.TimeRange;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A counter open 09:00-12:00 UTC on 1 December 2026 with room for two at once, and bookings on it. */
final class CounterDayFixtures {

    static final String COUNTER = "counter-1";
    static final LocalDate DAY = LocalDate.parse("2026-12-01");
    static final String DAY_ID = new CounterDayId(COUNTER, DAY).toString();
    static final Instant OPENS = Instant.parse("2026-12-01T09:00:00Z");
    static final Instant CLOSES = Instant.parse("2026-12-01T12:00:00Z");
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final Instant PLANNED = Instant.parse("2026-11-01T00:00:00Z");
    static final Duration HOLD = Duration.ofMinutes(10);
    static final AppointmentDetails DETAILS = details(false);
    static final Proposal SAME_DAY = new Proposal("place-1", "Mairie", COUNTER, OPENS.plus(Duration.ofHours(2)),
            OPENS.plus(Duration.ofHours(2)).plus(Duration.ofMinutes(20)));
    static final Proposal NEXT_DAY = new Proposal("place-1", "Mairie", COUNTER, OPENS.plus(Duration.ofDays(1)),
            OPENS.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(20)));
    /** What the read model would offer: a slot later the same day, or, leaving out the day, one the next day. */
    static final SlotProposals PROPOSALS = new SlotProposals() {
        @Override
        public List<Proposal> insteadOf(Booking booking) {
            return List.of(SAME_DAY);
        }

        @Override
        public List<Proposal> insteadOfDay(Booking booking) {
            return List.of(NEXT_DAY);
        }
    };

    private CounterDayFixtures() {
    }

    static AppointmentDetails details(boolean approvalRequired) {
        return new AppointmentDetails("type-1", "Carte d'identité", null, null, null, "place-1", "Mairie",
                "1 place de la Mairie", "Guichet 1", "UTC", null, approvalRequired);
    }

    static DayCapacity capacity(int agents) {
        return new DayCapacity(List.of(new CapacityWindow(new TimeRange(OPENS, CLOSES), agents, List.of())));
    }

    static DayCapacityChanged opened(int agents) {
        return new DayCapacityChanged(DAY_ID, "villeneuve", "place-1", COUNTER, DAY, "UTC", capacity(agents),
                "REFERENCE_WEEK", List.of(), PLANNED);
    }

    static ChangeDayCapacity change(DayCapacity capacity, Instant version, List<String> absentAgents) {
        return new ChangeDayCapacity(DAY_ID, "villeneuve", "place-1", COUNTER, DAY, "UTC", capacity, "ABSENCE",
                absentAgents, version);
    }

    static Booking held(String appointmentId, Instant start) {
        return booking(appointmentId, start, BookingStatus.HELD, DETAILS, NOW.plus(HOLD), null);
    }

    static Booking booking(String appointmentId, Instant start, BookingStatus status, AppointmentDetails details,
            Instant holdExpiresAt, String agentId) {
        return new Booking(appointmentId, "villeneuve", COUNTER, details, TimeRange.of(start, Duration.ofMinutes(20)),
                1, 1, agentId, BookingChannel.WEB, status, NOW, holdExpiresAt);
    }

    static ReserveSlot reserve(Booking booking) {
        return new ReserveSlot(DAY_ID, booking, NOW, NOW.plus(Duration.ofDays(60)), "sealed", NOW);
    }

    static SlotReserved reserved(Booking booking) {
        return new SlotReserved(DAY_ID, booking.withStatus(BookingStatus.HELD), booking.holdExpiresAt(), "sealed", NOW);
    }
}
