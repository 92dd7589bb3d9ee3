package fr.creneau.booking.availability;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.support.BookingIntegrationTest;
import fr.creneau.booking.support.PlanningFeed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import static fr.creneau.booking.support.PlanningFeed.nineOn;
import static org.assertj.core.api.Assertions.assertThat;

class AvailabilityTest extends BookingIntegrationTest {

    private final PlanningFeed feed = new PlanningFeed();
    private final LocalDate day = LocalDate.now(PlanningFeed.ZONE).plusDays(6);

    @BeforeEach
    void openTwoAgentsOneMorning() {
        feed.catalog(false).forEach(event -> feed.deliver(planningEvents, event));
        feed.deliver(planningEvents, feed.opening(day, 2, Instant.now()));
    }

    @Test
    void aMorningOfThreeHoursOffersNineSlotsOfTwentyMinutesEarliestFirst() {
        JsonNode slots = slots("");

        assertThat(slots).hasSize(9);
        assertThat(slots.get(0).get("start").asText()).isEqualTo(nineOn(day).toString());
        assertThat(slots.get(8).get("end").asText()).isEqualTo(nineOn(day).plus(Duration.ofHours(3)).toString());
        assertThat(slots.get(0).get("counterId").asText()).isEqualTo(feed.counterId);
    }

    @Test
    void aLimitKeepsTheEarliestSlots() {
        JsonNode slots = slots("&limit=2");

        assertThat(slots).hasSize(2);
        assertThat(slots.get(0).get("start").asText()).isEqualTo(nineOn(day).toString());
    }

    @Test
    void eachPersonTakesAPlaceSoThreePersonsFindNothingWhereTwoAgentsWork() {
        assertThat(slots("&persons=2")).hasSize(9);
        assertThat(slots("&persons=3")).isEmpty();
    }

    @Test
    void moreThanTheTypeAllowsIsRefused() {
        assertThat(http.get(url("&persons=5")).status()).isEqualTo(400);
    }

    @Test
    void anUnknownOptionIsRefused() {
        assertThat(http.get(url("&optionId=passeport")).status()).isEqualTo(400);
    }

    @Test
    void anotherPlaceHasNoSlots() {
        assertThat(slots("&placeId=elsewhere")).isEmpty();
        assertThat(slots("&placeId=" + feed.placeId)).hasSize(9);
    }

    @Test
    void weekdayAndPartOfDayFiltersKeepOnlyMatchingSlots() {
        String weekday = day.getDayOfWeek().name();
        String otherDay = day.getDayOfWeek().plus(1).name();

        assertThat(slots("&weekdays=" + weekday + "&partOfDay=MORNING")).hasSize(9);
        assertThat(slots("&weekdays=" + otherDay)).isEmpty();
        assertThat(slots("&partOfDay=AFTERNOON")).isEmpty();
    }

    @Test
    void slotsBeyondTheBookingHorizonAreNotOffered() {
        LocalDate farAway = LocalDate.now(PlanningFeed.ZONE).plusMonths(3);
        feed.deliver(planningEvents, feed.opening(farAway, 2, Instant.now()));

        assertThat(http.get("/api/booking/communes/%s/availability?appointmentTypeId=%s&from=%s&to=%s"
                .formatted(feed.communeId, feed.typeId, farAway, farAway)).body().get("slots")).isEmpty();
    }

    @Test
    void slotsWithinTheMinimumNoticeAreNotOffered() {
        Instant soon = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        feed.deliver(planningEvents, feed.openingBetween(soon, soon.plus(Duration.ofHours(2)), 1));
        LocalDate today = soon.atZone(PlanningFeed.ZONE).toLocalDate();

        JsonNode slots = http.get("/api/booking/communes/%s/availability?appointmentTypeId=%s&from=%s&to=%s"
                .formatted(feed.communeId, feed.typeId, today, today)).body().get("slots");

        assertThat(slots).isNotEmpty();
        assertThat(Instant.parse(slots.get(0).get("start").asText())).isAfterOrEqualTo(soon.plus(Duration.ofMinutes(59)));
    }

    @Test
    void aTakenPlaceLowersWhatRemains() {
        new fr.creneau.booking.support.BookingClient(http, feed).bookByPhone(nineOn(day));

        assertThat(slots("").get(0).get("remaining").asInt()).isEqualTo(1);
    }

    private JsonNode slots(String filters) {
        return http.get(url(filters)).body().get("slots");
    }

    private String url(String filters) {
        return "/api/booking/communes/%s/availability?appointmentTypeId=%s&from=%s&to=%s%s"
                .formatted(feed.communeId, feed.typeId, day, day, filters);
    }
}
