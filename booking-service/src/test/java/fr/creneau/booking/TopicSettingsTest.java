package fr.creneau.booking;

import org.junit.jupiter.api.Test;

import static fr.creneau.testsupport.BinderTopicSettings.ofConsumer;
import static fr.creneau.testsupport.BinderTopicSettings.ofProducer;
import static org.assertj.core.api.Assertions.assertThat;

/** Whichever service creates a topic first, it gets the launcher's and docker-compose's settings. */
class TopicSettingsTest {

    @Test
    void contactDetailsGoToACompactedTopicSoThatATombstoneErasesThem() {
        assertThat(ofProducer("bookingContacts-out-0")).containsEntry("cleanup.policy", "compact")
                .containsEntry("min.compaction.lag.ms", "0").containsEntry("delete.retention.ms", "86400000");
    }

    @Test
    void bookingAndPlanningEventsAreKeptForeverForTheStatisticsToBeRebuilt() {
        assertThat(ofProducer("bookingEvents-out-0")).containsEntry("retention.ms", "-1");
        assertThat(ofConsumer("planningEvents-in-0")).containsEntry("retention.ms", "-1");
    }

    @Test
    void voiceCallsAreKeptForeverAsTheOperatorsBillingFacts() {
        assertThat(ofProducer("voiceCalls-out-0")).containsEntry("retention.ms", "-1");
    }

    @Test
    void oneTimeCodesAreKeptOneHour() {
        assertThat(ofProducer("otp-out-0")).containsEntry("retention.ms", "3600000");
    }
}
