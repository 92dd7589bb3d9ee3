package fr.creneau.notification.planning;

import fr.creneau.notification.support.Events;
import fr.creneau.notification.support.NotificationIntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Settings per appointment type are for the commune's own types, learnt from planning.events. */
class AppointmentTypesTest extends NotificationIntegrationTest {

    private final String mine = "mine-" + Events.newId().substring(0, 8);
    private final String theirs = "theirs-" + Events.newId().substring(0, 8);

    @Test
    void aTypeAnnouncedByPlanningGetsItsOwnRemindersAndAnotherCommunesTypeIsUnknown() {
        String myType = Events.newId();
        String theirType = Events.newId();
        Events.publish(Events.appointmentType(mine, myType));
        Events.publish(Events.appointmentType(theirs, theirType));
        String reminders = "/api/notifications/communes/{c}/appointment-types/{t}/reminders";

        await().atMost(Duration.ofSeconds(30)).until(
                () -> http.get(reminders, mine, myType).status() == 200);
        assertThat(http.get(reminders, mine, theirType).status()).isEqualTo(404);
        assertThat(http.get("/api/notifications/communes/{c}/appointment-types/{t}/channels",
                mine, theirType).status()).isEqualTo(404);
        http.put(reminders, Map.of("delays", List.of("2h")), mine, theirType);
        assertThat(http.get(reminders, theirs, theirType).bodyAs(Map.class)).containsEntry("inherited", true);
    }
}
