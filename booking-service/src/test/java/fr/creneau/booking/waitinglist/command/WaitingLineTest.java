package fr.creneau.booking.waitinglist.command;

import fr.creneau.booking.counterday.domain.AppointmentDetails;
import fr.creneau.booking.counterday.domain.Booking;
import fr.creneau.booking.counterday.domain.BookingChannel;
import fr.creneau.booking.counterday.domain.BookingStatus;
import fr.creneau.booking.counterday.domain.TimeRange;
import fr.creneau.booking.counterday.domain.Usage;
import fr.creneau.booking.waitinglist.domain.FreedPlace;
import fr.creneau.booking.waitinglist.domain.Offer;
import fr.creneau.booking.waitinglist.domain.OfferAccepted;
import fr.creneau.booking.waitinglist.domain.OfferDeclined;
import fr.creneau.booking.waitinglist.domain.OfferExpired;
import fr.creneau.booking.waitinglist.domain.OfferExpiry;
import fr.creneau.booking.waitinglist.domain.OfferRefused;
import fr.creneau.booking.waitinglist.domain.SlotOffered;
import fr.creneau.booking.waitinglist.domain.Waiter;
import fr.creneau.booking.waitinglist.domain.WaitingLineJoined;
import fr.creneau.booking.waitinglist.domain.WaitingLineLeft;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

class WaitingLineTest {

    private static final String LINE = "waiting-line/place-1/type-1";
    private static final Duration VALIDITY = Duration.ofMinutes(15);
    private static final AppointmentDetails DETAILS = new AppointmentDetails("type-1", "Carte d'identité", null, null,
            null, "place-1", "Mairie", "1 place de la Mairie", "Guichet 1", "UTC", null, false);

    private AggregateTestFixture<WaitingLine> fixture;
    private Instant now;
    private Waiter first;
    private Waiter second;
    private FreedPlace freed;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WaitingLine.class);
        now = fixture.currentTime();
        first = waiter("a-1", now.plus(Duration.ofDays(20)), now.minusSeconds(60));
        second = waiter("a-2", now.plus(Duration.ofDays(10)), now.minusSeconds(30));
        freed = new FreedPlace("event-1", "counter-1/day", booking("gone", now.plus(Duration.ofDays(2))),
                new TimeRange(now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(2)).plus(Duration.ofMinutes(20))),
                1);
    }

    @Test
    void aFreedPlaceIsOfferedToTheFirstInLineForFifteenMinutes() {
        Offer offer = new Offer("event-1/1", freed, first, now, now.plus(VALIDITY));
        fixture.given(joined(second), joined(first))
                .when(new OfferFreedPlace(LINE, freed, VALIDITY, now))
                .expectEvents(new SlotOffered(LINE, offer, now))
                .expectScheduledDeadline(VALIDITY, new OfferExpiry("event-1/1"));
    }

    @Test
    void aPlaceAlreadyOfferedIsNotOfferedAgain() {
        fixture.given(joined(first), joined(second), offered(first, 1))
                .when(new OfferFreedPlace(LINE, freed, VALIDITY, now))
                .expectNoEvents();
    }

    @Test
    void aWaiterWithALiveOfferIsNotOfferedASecondPlace() {
        FreedPlace other = new FreedPlace("event-2", freed.counterDayId(), freed.freed(), freed.range(), 1);
        fixture.given(joined(first), offered(first, 1))
                .when(new OfferFreedPlace(LINE, other, VALIDITY, now))
                .expectNoEvents();
    }

    @Test
    void aPlaceLaterThanTheWaitersAppointmentIsNotOffered() {
        Waiter early = waiter("a-3", now.plus(Duration.ofDays(1)), now.minusSeconds(90));
        fixture.given(joined(early))
                .when(new OfferFreedPlace(LINE, freed, VALIDITY, now))
                .expectNoEvents();
    }

    @Test
    void anExpiredOfferGoesToTheNextInLineAfterFifteenMinutes() {
        Instant expiry = now.plus(VALIDITY);
        fixture.given(joined(first), joined(second))
                .andGivenCommands(new OfferFreedPlace(LINE, freed, VALIDITY, now))
                .whenTimeElapses(VALIDITY.plusSeconds(1))
                .expectEvents(new OfferExpired(LINE, "event-1/1", "a-1", expiry),
                        new SlotOffered(LINE, new Offer("event-1/2", freed, second, expiry, expiry.plus(VALIDITY)),
                                expiry))
                .expectTriggeredDeadlinesWithName(WaitingLine.OFFER_EXPIRY);
    }

    @Test
    void anOfferIsStillLiveJustBeforeFifteenMinutes() {
        fixture.given(joined(first), joined(second))
                .andGivenCommands(new OfferFreedPlace(LINE, freed, VALIDITY, now))
                .whenTimeElapses(VALIDITY.minusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void anExpiredOfferCannotBeAccepted() {
        fixture.given(joined(first), joined(second), offered(first, 1),
                        new OfferExpired(LINE, "event-1/1", "a-1", now.plus(VALIDITY)))
                .when(new AcceptOffer(LINE, "a-1", now.plus(VALIDITY).plusSeconds(5)))
                .expectNoEvents()
                .expectException(Matchers.predicate(e -> e instanceof OfferRefused refused
                        && refused.reason() == OfferRefused.Reason.EXPIRED));
    }

    @Test
    void anOfferPastItsTimeIsExpiredEvenBeforeItsDeadlineRan() {
        fixture.given(joined(first), offered(first, 1))
                .when(new AcceptOffer(LINE, "a-1", now.plus(VALIDITY)))
                .expectException(Matchers.predicate(e -> e instanceof OfferRefused refused
                        && refused.reason() == OfferRefused.Reason.EXPIRED));
    }

    @Test
    void aLiveOfferIsAcceptedOnce() {
        Offer offer = new Offer("event-1/1", freed, first, now, now.plus(VALIDITY));
        fixture.given(joined(first), offered(first, 1), new OfferAccepted(LINE, offer, now.plusSeconds(60)))
                .when(new AcceptOffer(LINE, "a-1", now.plusSeconds(61)))
                .expectException(Matchers.predicate(e -> e instanceof OfferRefused refused
                        && refused.reason() == OfferRefused.Reason.NOT_WAITING));
    }

    @Test
    void aDeclinedOfferGoesToTheNextInLineAndTheDeclinerKeepsTheirPlace() {
        Instant later = now.plusSeconds(120);
        fixture.given(joined(first), joined(second), offered(first, 1))
                .when(new DeclineOffer(LINE, "a-1", later))
                .expectEvents(new OfferDeclined(LINE, "event-1/1", "a-1", later),
                        new SlotOffered(LINE, new Offer("event-1/2", freed, second, later, later.plus(VALIDITY)),
                                later));
    }

    @Test
    void aWaiterWhoLeavesWithALiveOfferPassesItOn() {
        Instant later = now.plusSeconds(120);
        fixture.given(joined(first), joined(second), offered(first, 1))
                .when(new LeaveWaitingLine(LINE, "a-1", later))
                .expectEvents(new OfferDeclined(LINE, "event-1/1", "a-1", later),
                        new WaitingLineLeft(LINE, "a-1", later),
                        new SlotOffered(LINE, new Offer("event-1/2", freed, second, later, later.plus(VALIDITY)),
                                later));
    }

    @Test
    void openedCapacityGivesEachWaiterInOrderTheEarliestPlaceOnTheGridAndAnswersWhatIsLeft() {
        Instant opens = now.plus(Duration.ofDays(3));
        Waiter holding = waiter("a-3", now.plus(Duration.ofDays(30)), now.minusSeconds(90));
        List<Usage> afternoon = List.of(new Usage(TimeRange.of(opens, Duration.ofMinutes(60)), 1));
        FreedPlace firstPlace = FreedPlace.opened("opening-1/" + opens, "counter-2/day", "counter-2", "Guichet 2",
                TimeRange.of(opens, Duration.ofMinutes(20)), 1);
        Instant twenty = opens.plus(Duration.ofMinutes(20));
        FreedPlace secondPlace = FreedPlace.opened("opening-1/" + twenty, "counter-2/day", "counter-2", "Guichet 2",
                TimeRange.of(twenty, Duration.ofMinutes(20)), 1);
        fixture.given(joined(holding), joined(first), joined(second), offered(holding, 1))
                .when(new OfferOpenedCapacity(LINE, "opening-1", "counter-2/day", "counter-2", "Guichet 2", afternoon,
                        Duration.ofMinutes(20), VALIDITY, now))
                .expectEvents(new SlotOffered(LINE, new Offer("opening-1/" + opens + "/1", firstPlace, first, now,
                                now.plus(VALIDITY)), now),
                        new SlotOffered(LINE, new Offer("opening-1/" + twenty + "/1", secondPlace, second, now,
                                now.plus(VALIDITY)), now))
                .expectResultMessagePayload(List.of(new Usage(TimeRange.of(opens.plus(Duration.ofMinutes(40)),
                        Duration.ofMinutes(20)), 1)));
    }

    @Test
    void anOpeningAlreadyOfferedIsNotOfferedAgain() {
        Instant opens = now.plus(Duration.ofDays(3));
        List<Usage> morning = List.of(new Usage(TimeRange.of(opens, Duration.ofMinutes(60)), 1));
        OfferOpenedCapacity opening = new OfferOpenedCapacity(LINE, "opening-1", "counter-2/day", "counter-2",
                "Guichet 2", morning, Duration.ofMinutes(20), VALIDITY, now);
        fixture.given(joined(first), joined(second))
                .andGivenCommands(opening)
                .when(opening)
                .expectNoEvents()
                .expectResultMessagePayload(List.of());
    }

    @Test
    void askingTwiceChangesNothing() {
        fixture.given(joined(first))
                .when(new JoinWaitingLine(LINE, first))
                .expectNoEvents();
    }

    private SlotOffered offered(Waiter waiter, int rank) {
        return new SlotOffered(LINE, new Offer("event-1/" + rank, freed, waiter, now, now.plus(VALIDITY)), now);
    }

    private static WaitingLineJoined joined(Waiter waiter) {
        return new WaitingLineJoined(LINE, waiter);
    }

    private static Waiter waiter(String appointmentId, Instant start, Instant requestedAt) {
        return new Waiter(booking(appointmentId, start), requestedAt);
    }

    private static Booking booking(String appointmentId, Instant start) {
        return new Booking(appointmentId, "villeneuve", "counter-1", DETAILS, TimeRange.of(start, Duration.ofMinutes(20)),
                1, 1, null, BookingChannel.WEB, BookingStatus.CONFIRMED, start.minus(Duration.ofDays(30)), null);
    }
}
