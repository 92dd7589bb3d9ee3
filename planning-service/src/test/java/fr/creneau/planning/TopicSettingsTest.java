package fr.creneau.planning;

import org.junit.jupiter.api.Test;

import static fr.creneau.testsupport.BinderTopicSettings.ofProducer;
import static org.assertj.core.api.Assertions.assertThat;

/** If planning-service creates planning.events first, it gets the launcher's and docker-compose's settings. */
class TopicSettingsTest {

    @Test
    void planningEventsAreKeptForeverForTheStatisticsToBeRebuilt() {
        assertThat(ofProducer("planningEvents-out-0")).containsEntry("retention.ms", "-1");
    }
}
