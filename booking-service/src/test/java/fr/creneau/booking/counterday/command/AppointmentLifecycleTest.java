package fr.creneau.booking.counterday.command;

import fr.creneau.booking.counterday.domain.AppointmentApproved;
import fr.creneau.booking.counterday.domain.AppointmentAssigned;
import fr.creneau.booking.counterday.domain.AppointmentAwaitingApproval;
import fr.creneau.booking.counterday.domain.AppointmentBooked;
import fr.creneau.booking.counterday.domain.AppointmentMovedIn;
import fr.creneau.booking.counterday.domain.AppointmentMovedOut;
import fr.creneau.booking.counterday.domain.AppointmentNoShow;
import fr.creneau.booking.counterday.domain.AppointmentRefused;
import fr.creneau.booking.counterday.domain.AppointmentRescheduled;
import fr.creneau.booking.counterday.domain.Booking;
import fr.creneau.booking.counterday.domain.BookingChannel;
import fr.creneau.booking.counterday.domain.BookingRefused;
import fr.creneau.booking.counterday.domain.BookingStatus;
import fr.creneau.booking.counterday.domain.CapacityWindow;
import fr.creneau.booking.counterday.domain.DayCapacity;
import fr.creneau.booking.counterday.domain.DayCapacityChanged;
import fr.creneau.booking.counterday.domain.TimeRange;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static fr.creneau.booking.counterday.command.CounterDayFixtures.*;

class AppointmentLifecycleTest {

    private static final Instant TEN = OPENS.plus(Duration.ofHours(1));
    private static final Instant LATEST = NOW.plus(Duration.ofDays(60));
    private AggregateTestFixture<CounterDay> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CounterDay.class);
        fixture.registerInjectableResource(PROPOSALS);
    }

    @Test
    void anAgentBookingIsConfirmedAtOnceWithoutAHold() {
        Booking booking = booking("a-1", OPENS, BookingStatus.HELD, DETAILS, null, "agent-1");
        fixture.given(opened(1))
                .when(new ReserveSlot(DAY_ID, booking, NOW, LATEST, "sealed", NOW))
                .expectEvents(new AppointmentBooked(DAY_ID, booking.withStatus(BookingStatus.CONFIRMED), "sealed", NOW))
                .expectNoScheduledDeadlines();
    }

    @Test
    void anAgentApprovesAnAppointmentAwaitingApproval() {
        Booking awaiting = booking("a-1", OPENS, BookingStatus.AWAITING_APPROVAL, details(true), NOW, null);
        fixture.given(opened(1), new AppointmentAwaitingApproval(DAY_ID, awaiting, NOW))
                .when(new ApproveAppointment(DAY_ID, "a-1", "agent-1", NOW))
                .expectEvents(new AppointmentApproved(DAY_ID, awaiting.withStatus(BookingStatus.CONFIRMED), "agent-1", NOW));
    }

    @Test
    void aRefusedAppointmentFreesItsSlot() {
        Booking awaiting = booking("a-1", OPENS, BookingStatus.AWAITING_APPROVAL, details(true), NOW, null);
        fixture.given(opened(1), new AppointmentAwaitingApproval(DAY_ID, awaiting, NOW),
                        new AppointmentRefused(DAY_ID, awaiting.withStatus(BookingStatus.REFUSED), "agent-1", "Complet", NOW))
                .when(reserve(held("a-2", OPENS)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void onlyAnAppointmentAwaitingApprovalCanBeRefused() {
        Booking confirmed = booking("a-1", OPENS, BookingStatus.CONFIRMED, DETAILS, null, null);
        fixture.given(opened(1), new AppointmentBooked(DAY_ID, confirmed, "sealed", NOW))
                .when(new RefuseAppointment(DAY_ID, "a-1", "agent-1", "non", NOW))
                .expectException(Matchers.predicate(e -> e instanceof BookingRefused refused
                        && refused.reason() == BookingRefused.Reason.NOT_AWAITING_APPROVAL));
    }

    @Test
    void anAgentMarksAConfirmedAppointmentAttendedOrNoShow() {
        Booking confirmed = booking("a-1", OPENS, BookingStatus.CONFIRMED, DETAILS, null, null);
        fixture.given(opened(1), new AppointmentBooked(DAY_ID, confirmed, "sealed", NOW))
                .when(new RecordAttendance(DAY_ID, "a-1", false, "agent-1", NOW))
                .expectEvents(new AppointmentNoShow(DAY_ID, confirmed.withStatus(BookingStatus.NO_SHOW), "agent-1", NOW));
    }

    @Test
    void aTeamAppointmentIsAssignedToOneOfItsAgents() {
        Booking confirmed = booking("a-1", OPENS, BookingStatus.CONFIRMED, DETAILS, null, null);
        fixture.given(opened(1), new AppointmentBooked(DAY_ID, confirmed, "sealed", NOW))
                .when(new AssignAppointment(DAY_ID, "a-1", "agent-7", NOW))
                .expectEvents(new AppointmentAssigned(DAY_ID, confirmed.withAgent("agent-7"), null, NOW));
    }

    @Test
    void reschedulingWithinTheDayMovesTheAppointmentInOneStep() {
        Booking confirmed = booking("a-1", OPENS, BookingStatus.CONFIRMED, DETAILS, null, null);
        TimeRange later = TimeRange.of(TEN, Duration.ofMinutes(20));
        fixture.given(opened(1), new AppointmentBooked(DAY_ID, confirmed, "sealed", NOW))
                .when(new RescheduleWithinDay(DAY_ID, "a-1", later, NOW, LATEST, false, NOW))
                .expectEvents(new AppointmentRescheduled(DAY_ID,
                        confirmed.movedTo(COUNTER, DETAILS, later, BookingStatus.CONFIRMED), confirmed.range(), false, NOW));
    }

    @Test
    void cannotRescheduleOntoAFullSlot() {
        Booking mine = booking("a-1", OPENS, BookingStatus.CONFIRMED, DETAILS, null, null);
        Booking other = booking("a-2", TEN, BookingStatus.CONFIRMED, DETAILS, null, null);
        fixture.given(opened(1), new AppointmentBooked(DAY_ID, mine, "sealed", NOW),
                        new AppointmentBooked(DAY_ID, other, "sealed", NOW))
                .when(new RescheduleWithinDay(DAY_ID, "a-1", other.range(), NOW, LATEST, false, NOW))
                .expectException(BookingRefused.class);
    }

    @Test
    void anAppointmentMovingInTakesCapacityAndTheDayItLeftFreesIt() {
        Booking arriving = booking("a-9", TEN, BookingStatus.CONFIRMED, DETAILS, null, null);
        fixture.given(opened(1))
                .when(new MoveIn(DAY_ID, arriving, "counter-1/2026-12-02", arriving.range(), "place-1", COUNTER, NOW,
                        LATEST, false, null, NOW))
                .expectEvents(new AppointmentMovedIn(DAY_ID, arriving, "counter-1/2026-12-02", arriving.range(),
                        "place-1", COUNTER, false, null, NOW));

        Booking leaving = booking("a-1", OPENS, BookingStatus.CONFIRMED, DETAILS, null, null);
        fixture.given(opened(1), new AppointmentBooked(DAY_ID, leaving, "sealed", NOW))
                .when(new MoveOut(DAY_ID, "a-1", "counter-1/2026-12-02", NOW))
                .expectEvents(new AppointmentMovedOut(DAY_ID, leaving.withStatus(BookingStatus.MOVED),
                        "counter-1/2026-12-02", NOW));
    }

    @Test
    void aFamilyOfThreeTakesThreeUnitsOfCapacity() {
        Booking family = new Booking("a-1", "villeneuve", COUNTER, DETAILS, TimeRange.of(OPENS, Duration.ofMinutes(20)),
                3, 3, null, BookingChannel.WEB, BookingStatus.HELD, NOW, NOW.plus(HOLD));
        fixture.given(opened(2))
                .when(reserve(family))
                .expectException(BookingRefused.class);
    }

    @Test
    void aChosenAgentCannotSeeTwoCitizensAtOnce() {
        DayCapacityChanged mayorAndDeputy = new DayCapacityChanged(DAY_ID, "villeneuve", "place-1", COUNTER, DAY, "UTC",
                new DayCapacity(List.of(new CapacityWindow(new TimeRange(OPENS, CLOSES), 2, List.of("maire", "adjoint")))),
                "REFERENCE_WEEK", List.of(), PLANNED);
        Booking withTheMayor = booking("a-1", OPENS, BookingStatus.CONFIRMED, DETAILS, null, "maire");
        fixture.given(mayorAndDeputy, new AppointmentBooked(DAY_ID, withTheMayor, "sealed", NOW))
                .when(reserve(booking("a-2", OPENS, BookingStatus.HELD, DETAILS, NOW.plus(HOLD), "maire")))
                .expectException(Matchers.predicate(e -> e instanceof BookingRefused refused
                        && refused.reason() == BookingRefused.Reason.SLOT_UNAVAILABLE));
    }

    @Test
    void anAgentWhoDoesNotWorkThatMorningCannotBeChosen() {
        DayCapacityChanged deputyOnly = new DayCapacityChanged(DAY_ID, "villeneuve", "place-1", COUNTER, DAY, "UTC",
                new DayCapacity(List.of(new CapacityWindow(new TimeRange(OPENS, CLOSES), 1, List.of("adjoint")))),
                "REFERENCE_WEEK", List.of(), PLANNED);
        fixture.given(deputyOnly)
                .when(reserve(booking("a-1", OPENS, BookingStatus.HELD, DETAILS, NOW.plus(HOLD), "maire")))
                .expectException(BookingRefused.class);
    }
}
