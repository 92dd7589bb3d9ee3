package fr.creneau.stats;

import com.fasterxml.jackson.databind.JsonNode;
import fr.creneau.booking.api.CancelledBy;
import fr.creneau.booking.api.Channel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One commune, two places. On Tuesday 1 December at the Mairie (open 09h00-12h00, 2 agents): one appointment
 * attended, one no-show, one cancelled by the citizen. On 2 December at the Annexe one cancelled by the mairie;
 * on 8 December one confirmed; in January one hold that expired.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiguresTest extends StatsIntegrationTest {

    private final String commune = "figures-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    void aMonthOfAppointments() {
        Events.publish(Planning.open(commune, "place-mairie", "counter-1", "2026-12-01", "2026-12-01T08:00:00Z",
                "2026-12-01T11:00:00Z", 2));
        Events.publish(Planning.place(commune, "place-mairie", "Hôtel de ville"));

        AppointmentStory attended = mairie().bookedAt("2026-11-20T09:00:00Z").at("2026-12-01T08:00:00Z");
        Events.publish(attended.reserved());
        Events.publish(attended.confirmed());
        Events.publish(attended.attended());
        AppointmentStory noShow = mairie().type("type-passeport", "Passeport").by(Channel.PHONE)
                .bookedAt("2026-11-30T09:00:00Z").at("2026-12-01T09:00:00Z");
        Events.publish(noShow.confirmed());
        Events.publish(noShow.noShow());
        AppointmentStory cancelled = mairie().bookedAt("2026-11-29T09:00:00Z").at("2026-12-01T09:00:00Z");
        Events.publish(cancelled.confirmed());
        Events.publish(cancelled.cancelledBy(CancelledBy.CITIZEN));

        AppointmentStory cancelledByMairie = annexe().by(Channel.DESK).at("2026-12-02T09:00:00Z");
        Events.publish(cancelledByMairie.confirmed());
        Events.publish(cancelledByMairie.cancelledBy(CancelledBy.AGENT));
        Events.publish(mairie().at("2026-12-08T09:00:00Z").confirmed());
        AppointmentStory expired = annexe().at("2027-01-05T09:00:00Z");
        Events.publish(expired.reserved());
        Events.publish(expired.holdExpired());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode summary = get("/summary");
            assertThat(summary.get("booked").asLong()).isEqualTo(5);
            assertThat(summary.get("holdsExpired").asLong()).isEqualTo(1);
            assertThat(summary.get("attended").asLong() + summary.get("noShow").asLong()
                    + summary.get("cancelled").asLong()).isEqualTo(4);
            assertThat(summary.get("capacityMinutes").asLong()).isEqualTo(360);
            assertThat(get("/figures?groupBy=place").toString()).contains("Hôtel de ville");
        });
    }

    @Test
    void aDayShowsItsCountsRatesLeadTimesAndOccupancy() {
        JsonNode day = get("/figures?period=day&from=2026-12-01&to=2026-12-01").get("rows").get(0);

        assertThat(day.get("periodStart").asText()).isEqualTo("2026-12-01");
        assertThat(day.get("booked").asLong()).isEqualTo(3);
        assertThat(day.get("confirmed").asLong()).isEqualTo(3);
        assertThat(day.get("attended").asLong()).isEqualTo(1);
        assertThat(day.get("noShow").asLong()).isEqualTo(1);
        assertThat(day.get("cancelledByCitizen").asLong()).isEqualTo(1);
        assertThat(day.get("cancelledByMairie").asLong()).isZero();
        assertThat(day.get("noShowRate").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(day.get("cancellationRate").decimalValue()).isEqualByComparingTo("0.3333");
        assertThat(day.get("leadTimeMedianHours").decimalValue()).isEqualByComparingTo("48");
        assertThat(day.get("leadTimeP90Hours").decimalValue()).isEqualByComparingTo("220");
        assertThat(day.get("bookedMinutes").asLong()).isEqualTo(40);
        assertThat(day.get("capacityMinutes").asLong()).isEqualTo(360);
        assertThat(day.get("occupancyRate").decimalValue()).isEqualByComparingTo("0.1111");
    }

    @Test
    void daysWithoutAppointmentsOrCapacityHaveNoRow() {
        JsonNode rows = get("/figures?period=day&from=2026-12-01&to=2026-12-31").get("rows");

        assertThat(rows.findValuesAsText("periodStart")).containsExactly("2026-12-01", "2026-12-02", "2026-12-08");
        assertThat(rows.get(1).get("cancelledByMairie").asLong()).isEqualTo(1);
        assertThat(rows.get(1).get("occupancyRate").isNull()).isTrue();
    }

    @Test
    void weeksStartOnMonday() {
        JsonNode rows = get("/figures?period=week&from=2026-11-01&to=2026-12-31").get("rows");

        assertThat(rows.findValuesAsText("periodStart")).containsExactly("2026-11-30", "2026-12-07");
        assertThat(rows.get(0).get("booked").asLong()).isEqualTo(4);
        assertThat(rows.get(1).get("booked").asLong()).isEqualTo(1);
    }

    @Test
    void monthsCountTheAppointmentsOfTheirDates() {
        JsonNode rows = get("/figures?period=month").get("rows");

        assertThat(rows.findValuesAsText("periodStart")).containsExactly("2026-12-01", "2027-01-01");
        assertThat(rows.get(0).get("booked").asLong()).isEqualTo(5);
        assertThat(rows.get(1).get("booked").asLong()).isZero();
        assertThat(rows.get(1).get("holdsExpired").asLong()).isEqualTo(1);
    }

    @Test
    void aBreakdownByPlaceNamesEachPlaceWithThePlanningName() {
        JsonNode rows = get("/figures?period=month&from=2026-12-01&to=2026-12-31&groupBy=place").get("rows");

        assertThat(rows.findValuesAsText("groupId")).containsExactly("place-annexe", "place-mairie");
        assertThat(rows.findValuesAsText("groupLabel")).containsExactly("Annexe", "Hôtel de ville");
        assertThat(rows.get(0).get("booked").asLong()).isEqualTo(1);
        assertThat(rows.get(1).get("booked").asLong()).isEqualTo(4);
    }

    @Test
    void aBreakdownByChannelCountsEachWayOfBooking() {
        JsonNode rows = get("/figures?period=month&from=2026-12-01&to=2026-12-31&groupBy=channel").get("rows");

        assertThat(rows.findValuesAsText("groupId")).containsExactly("DESK", "PHONE", "WEB");
        assertThat(rows.findValuesAsText("booked")).containsExactly("1", "1", "3");
        assertThat(rows.get(0).get("capacityMinutes").isNull()).isTrue();
    }

    @Test
    void occupancyIsGivenPerPlaceButNotPerAppointmentType() {
        JsonNode places = get("/figures?period=day&from=2026-12-01&to=2026-12-01&groupBy=place").get("rows");
        JsonNode types = get("/figures?period=day&from=2026-12-01&to=2026-12-01&groupBy=type").get("rows");

        assertThat(places.get(0).get("groupId").asText()).isEqualTo("place-mairie");
        assertThat(places.get(0).get("capacityMinutes").asLong()).isEqualTo(360);
        assertThat(places.get(0).get("occupancyRate").decimalValue()).isEqualByComparingTo("0.1111");
        assertThat(types.findValuesAsText("groupId")).containsExactly("type-cni", "type-passeport");
        assertThat(types.findValues("capacityMinutes")).allMatch(JsonNode::isNull);
    }

    @Test
    void byBookingDateTheAppointmentsAreFiledUnderTheDayTheyWereBooked() {
        JsonNode report = get("/figures?period=day&dateBasis=booking&from=2026-11-01&to=2026-11-30");
        JsonNode rows = report.get("rows");

        assertThat(report.get("dateBasis").asText()).isEqualTo("booking");
        assertThat(rows.findValuesAsText("periodStart")).containsExactly("2026-11-20", "2026-11-29", "2026-11-30");
        assertThat(rows.findValuesAsText("booked")).containsExactly("3", "1", "1");
        assertThat(rows.get(0).get("holdsExpired").asLong()).isEqualTo(1);
        assertThat(rows.get(0).get("capacityMinutes").isNull()).isTrue();
    }

    @Test
    void filtersKeepOnlyTheMatchingAppointments() {
        JsonNode phone = get("/summary?channel=phone");
        JsonNode passport = get("/summary?appointmentTypeId=type-passeport&placeId=place-mairie");

        assertThat(phone.get("booked").asLong()).isEqualTo(1);
        assertThat(phone.get("noShow").asLong()).isEqualTo(1);
        assertThat(passport.get("booked").asLong()).isEqualTo(1);
    }

    @Test
    void theCsvExportHasOneLinePerRowInFrenchSpreadsheetFormat() {
        String csv = http.get("/api/stats/communes/{c}/figures.csv?period=month&from=2026-12-01"
                + "&to=2026-12-31&groupBy=place", commune).bodyAsString();

        String[] lines = csv.replace("\uFEFF", "").split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("debut_periode;groupe;groupe_id;libelle;reserves;confirmes;annules;");
        assertThat(lines[2]).startsWith("2026-12-01;place;place-mairie;Hôtel de ville;4;4;1;1;0;");
        assertThat(lines[2]).contains(";0,5000;0,2500;");
    }

    private AppointmentStory mairie() {
        return AppointmentStory.in(commune).place("place-mairie", "Mairie").counter("counter-1", "Guichet 1");
    }

    private AppointmentStory annexe() {
        return AppointmentStory.in(commune).place("place-annexe", "Annexe").counter("counter-2", "Guichet annexe");
    }

    private JsonNode get(String path) {
        String body = http.get("/api/stats/communes/{c}" + path, commune).bodyAsString();
        try {
            return Events.JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
