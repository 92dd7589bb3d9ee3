package fr.creneau.notification;

import org.junit.jupiter.api.Test;

import static fr.creneau.testsupport.BinderTopicSettings.ofConsumer;
import static fr.creneau.testsupport.BinderTopicSettings.ofProducer;
import static org.assertj.core.api.Assertions.assertThat;

/** Whichever service creates a topic first, it gets the launcher's and docker-compose's settings. */
class TopicSettingsTest {

    @Test
    void contactDetailsAreReadFromACompactedTopic() {
        assertThat(ofConsumer("contacts-in-0")).containsEntry("cleanup.policy", "compact")
                .containsEntry("min.compaction.lag.ms", "0");
    }

    @Test
    void bookingEventsAndNotificationEventsAreKeptForeverAndCodesOneHour() {
        assertThat(ofConsumer("bookingEvents-in-0")).containsEntry("retention.ms", "-1");
        assertThat(ofProducer("notificationEvents-out-0")).containsEntry("retention.ms", "-1");
        assertThat(ofConsumer("oneTimeCodes-in-0")).containsEntry("retention.ms", "3600000");
    }
}
