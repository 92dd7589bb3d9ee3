package fr.creneau.booking.counterday.command;

import fr.creneau.booking.counterday.domain.AppointmentAwaitingApproval;
import fr.creneau.booking.counterday.domain.AppointmentBooked;
import fr.creneau.booking.counterday.domain.AppointmentCancelled;
import fr.creneau.booking.counterday.domain.AppointmentConfirmed;
import fr.creneau.booking.counterday.domain.AppointmentUnscheduled;
import fr.creneau.booking.counterday.domain.Booking;
import fr.creneau.booking.counterday.domain.BookingChannel;
import fr.creneau.booking.counterday.domain.BookingRefused;
import fr.creneau.booking.counterday.domain.BookingStatus;
import fr.creneau.booking.counterday.domain.CapacityOpened;
import fr.creneau.booking.counterday.domain.CapacityWindow;
import fr.creneau.booking.counterday.domain.DayCapacity;
import fr.creneau.booking.counterday.domain.DayCapacityChanged;
import fr.creneau.booking.counterday.domain.HoldExpired;
import fr.creneau.booking.counterday.domain.TimeRange;
import fr.creneau.booking.counterday.domain.Usage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static fr.creneau.booking.counterday.command.CounterDayFixtures.*;

class CounterDayTest {

    private static final Instant NINE = OPENS;
    private AggregateTestFixture<CounterDay> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CounterDay.class);
        fixture.registerInjectableResource(PROPOSALS);
    }

    @Test
    void aPlanningChangeOpensTheDay() {
        fixture.givenNoPriorActivity()
                .when(change(capacity(2), PLANNED, List.of()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DayCapacityChanged(DAY_ID, "villeneuve", "place-1", COUNTER, DAY, "UTC", capacity(2),
                        "ABSENCE", List.of(), PLANNED),
                        new CapacityOpened(DAY_ID, "villeneuve", "place-1", COUNTER,
                                List.of(new Usage(new TimeRange(OPENS, CLOSES), 2)), PLANNED));
    }

    @Test
    void raisingTheCapacityOpensOnlyTheUnitsNotFreeBefore() {
        Booking booked = booking("a-1", NINE, BookingStatus.CONFIRMED, DETAILS, null, null);
        Instant later = PLANNED.plusSeconds(3600);
        fixture.given(opened(1), new AppointmentBooked(DAY_ID, booked, "sealed", NOW))
                .when(change(capacity(3), later, List.of()))
                .expectEvents(new DayCapacityChanged(DAY_ID, "villeneuve", "place-1", COUNTER, DAY, "UTC", capacity(3),
                                "ABSENCE", List.of(), later),
                        new CapacityOpened(DAY_ID, "villeneuve", "place-1", COUNTER,
                                List.of(new Usage(new TimeRange(OPENS, CLOSES), 2)), later));
    }

    @Test
    void anExceptionAddingAnAfternoonOpensTheAfternoonOnly() {
        Instant later = PLANNED.plusSeconds(3600);
        TimeRange afternoon = new TimeRange(CLOSES.plusSeconds(3600), CLOSES.plusSeconds(4 * 3600));
        DayCapacity withAfternoon = new DayCapacity(List.of(new CapacityWindow(new TimeRange(OPENS, CLOSES), 2,
                List.of()), new CapacityWindow(afternoon, 1, List.of())));
        fixture.given(opened(2))
                .when(change(withAfternoon, later, List.of()))
                .expectEvents(new DayCapacityChanged(DAY_ID, "villeneuve", "place-1", COUNTER, DAY, "UTC",
                                withAfternoon, "ABSENCE", List.of(), later),
                        new CapacityOpened(DAY_ID, "villeneuve", "place-1", COUNTER,
                                List.of(new Usage(afternoon, 1)), later));
    }

    @Test
    void aPlanningChangeAlreadyKnownChangesNothing() {
        fixture.given(opened(2))
                .when(change(capacity(1), PLANNED, List.of()))
                .expectNoEvents();
    }

    @Test
    void aCitizenHoldsAFreeSlotWithNoDeadlineOfItsOwn() {
        Booking booking = held("a-1", NINE);
        fixture.given(opened(2))
                .when(reserve(booking))
                .expectEvents(reserved(booking))
                .expectNoScheduledDeadlines();
    }

    @Test
    void cannotReserveAFullSlot() {
        fixture.given(opened(1), reserved(held("a-1", NINE)))
                .when(reserve(held("a-2", NINE)))
                .expectNoEvents()
                .expectException(Matchers.predicate(e -> e instanceof BookingRefused refused
                        && refused.reason() == BookingRefused.Reason.SLOT_UNAVAILABLE));
    }

    @Test
    void cannotReserveASlotThatOverlapsTheEndOfOpeningHours() {
        fixture.given(opened(2))
                .when(reserve(held("a-1", CLOSES.minus(Duration.ofMinutes(10)))))
                .expectException(BookingRefused.class);
    }

    @Test
    void cannotReserveBeforeTheMinimumNotice() {
        Booking booking = held("a-1", NINE);
        fixture.given(opened(2))
                .when(new ReserveSlot(DAY_ID, booking, NINE.plusSeconds(60), NINE.plus(Duration.ofDays(1)), "sealed", NOW))
                .expectException(Matchers.predicate(e -> e instanceof BookingRefused refused
                        && refused.reason() == BookingRefused.Reason.OUTSIDE_BOOKING_WINDOW));
    }

    @Test
    void anUnconfirmedHoldFoundDueEndsAtItsDeadline() {
        Booking booking = held("a-1", NINE);
        fixture.given(opened(1), reserved(booking))
                .when(new ExpireHold(DAY_ID, "a-1", booking.holdExpiresAt().plusSeconds(1)))
                .expectEvents(new HoldExpired(DAY_ID, booking.withStatus(BookingStatus.EXPIRED), booking.holdExpiresAt()));
    }

    @Test
    void aHoldIsNotEndedBeforeItsTime() {
        Booking booking = held("a-1", NINE);
        fixture.given(opened(1), reserved(booking))
                .when(new ExpireHold(DAY_ID, "a-1", booking.holdExpiresAt().minusSeconds(1)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aConfirmedHoldDoesNotExpire() {
        Booking booking = held("a-1", NINE);
        fixture.given(opened(1), reserved(booking),
                        new AppointmentConfirmed(DAY_ID, booking.withStatus(BookingStatus.CONFIRMED), NOW.plusSeconds(60)))
                .when(new ExpireHold(DAY_ID, "a-1", booking.holdExpiresAt().plusSeconds(1)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aHoldEndedOnceIsNotEndedTwice() {
        Booking booking = held("a-1", NINE);
        fixture.given(opened(1), reserved(booking),
                        new HoldExpired(DAY_ID, booking.withStatus(BookingStatus.EXPIRED), booking.holdExpiresAt()))
                .when(new ExpireHold(DAY_ID, "a-1", booking.holdExpiresAt().plusSeconds(2)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theSlotOfAnExpiredHoldCanBeReservedAgain() {
        Booking first = held("a-1", NINE);
        fixture.given(opened(1), reserved(first),
                        new HoldExpired(DAY_ID, first.withStatus(BookingStatus.EXPIRED), first.holdExpiresAt()))
                .when(reserve(held("a-2", NINE)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theRightCodeConfirmsTheHold() {
        Booking booking = held("a-1", NINE);
        fixture.given(opened(1), reserved(booking))
                .when(new ConfirmAppointment(DAY_ID, "a-1", NOW.plusSeconds(60)))
                .expectEvents(new AppointmentConfirmed(DAY_ID, booking.withStatus(BookingStatus.CONFIRMED),
                        NOW.plusSeconds(60)));
    }

    @Test
    void aTypeNeedingApprovalWaitsForAnAgentAfterTheCode() {
        Booking booking = booking("a-1", NINE, BookingStatus.HELD, details(true), NOW.plus(HOLD), null);
        fixture.given(opened(1), reserved(booking))
                .when(new ConfirmAppointment(DAY_ID, "a-1", NOW.plusSeconds(60)))
                .expectEvents(new AppointmentAwaitingApproval(DAY_ID, booking.withStatus(BookingStatus.AWAITING_APPROVAL),
                        NOW.plusSeconds(60)));
    }

    @Test
    void aHoldCannotBeConfirmedOnceItsTimeIsOver() {
        Booking booking = held("a-1", NINE);
        fixture.given(opened(1), reserved(booking))
                .when(new ConfirmAppointment(DAY_ID, "a-1", booking.holdExpiresAt()))
                .expectException(Matchers.predicate(e -> e instanceof BookingRefused refused
                        && refused.reason() == BookingRefused.Reason.HOLD_EXPIRED));
    }

    @Test
    void releasingAHoldAfterTheLastWrongCodeFreesTheSlot() {
        Booking booking = held("a-1", NINE);
        fixture.given(opened(1), reserved(booking))
                .when(new ReleaseHold(DAY_ID, "a-1", NOW.plusSeconds(90)))
                .expectEvents(new HoldExpired(DAY_ID, booking.withStatus(BookingStatus.EXPIRED), NOW.plusSeconds(90)));
    }

    @Test
    void aCancelledAppointmentCannotBeCancelledTwice() {
        Booking booking = held("a-1", NINE);
        fixture.given(opened(1), reserved(booking), new AppointmentCancelled(DAY_ID,
                        booking.withStatus(BookingStatus.CANCELLED), false, null, null, NOW, List.of()))
                .when(new CancelAppointment(DAY_ID, "a-1", false, null, null, NOW))
                .expectException(Matchers.predicate(e -> e instanceof BookingRefused refused
                        && refused.reason() == BookingRefused.Reason.NOT_ACTIVE));
    }

    @Test
    void loweringTheCapacityUnschedulesTheAppointmentsOfTheAbsentAgentFirst() {
        Booking early = booking("a-1", NINE, BookingStatus.CONFIRMED, DETAILS, null, "agent-1");
        Booking absentAgents = booking("a-2", NINE, BookingStatus.CONFIRMED, DETAILS, null, "agent-2");
        Instant later = PLANNED.plusSeconds(3600);
        ChangeDayCapacity lowered = change(capacity(1), later, List.of("agent-2"));
        fixture.given(opened(2), new AppointmentBooked(DAY_ID, early, "sealed", NOW),
                        new AppointmentBooked(DAY_ID, absentAgents, "sealed", NOW))
                .when(lowered)
                .expectEvents(new DayCapacityChanged(DAY_ID, "villeneuve", "place-1", COUNTER, DAY, "UTC", capacity(1),
                                "ABSENCE", List.of("agent-2"), later),
                        new AppointmentUnscheduled(DAY_ID, absentAgents.withStatus(BookingStatus.UNSCHEDULED), "ABSENCE",
                                later, List.of(NEXT_DAY)));
    }

    @Test
    void loweringTheCapacityKeepsThoseWhoBookedFirst() {
        Booking first = booking("a-1", NINE, BookingStatus.CONFIRMED, DETAILS, null, null);
        Booking second = new Booking("a-2", "villeneuve", COUNTER, DETAILS, first.range(), 1, 1, null,
                BookingChannel.WEB, BookingStatus.CONFIRMED, NOW.plusSeconds(5), null);
        Instant later = PLANNED.plusSeconds(3600);
        fixture.given(opened(2), new AppointmentBooked(DAY_ID, second, "sealed", NOW),
                        new AppointmentBooked(DAY_ID, first, "sealed", NOW))
                .when(change(capacity(1), later, List.of()))
                .expectEvents(new DayCapacityChanged(DAY_ID, "villeneuve", "place-1", COUNTER, DAY, "UTC", capacity(1),
                                "ABSENCE", List.of(), later),
                        new AppointmentUnscheduled(DAY_ID, second.withStatus(BookingStatus.UNSCHEDULED), "ABSENCE", later,
                                List.of(NEXT_DAY)));
    }

    @Test
    void anAgentsCancellationKeepsTheSlotsOfferedInsteadWhenItIsHandled() {
        Booking booking = booking("a-1", NINE, BookingStatus.CONFIRMED, DETAILS, null, null);
        fixture.given(opened(1), new AppointmentBooked(DAY_ID, booking, "sealed", NOW))
                .when(new CancelAppointment(DAY_ID, "a-1", true, "agent-1", "Fermeture", NOW))
                .expectEvents(new AppointmentCancelled(DAY_ID, booking.withStatus(BookingStatus.CANCELLED), true,
                        "agent-1", "Fermeture", NOW, List.of(SAME_DAY)));
    }

    @Test
    void aCitizensCancellationOffersNoOtherSlot() {
        Booking booking = booking("a-1", NINE, BookingStatus.CONFIRMED, DETAILS, null, null);
        fixture.given(opened(1), new AppointmentBooked(DAY_ID, booking, "sealed", NOW))
                .when(new CancelAppointment(DAY_ID, "a-1", false, null, null, NOW))
                .expectEvents(new AppointmentCancelled(DAY_ID, booking.withStatus(BookingStatus.CANCELLED), false,
                        null, null, NOW, List.of()));
    }
}
