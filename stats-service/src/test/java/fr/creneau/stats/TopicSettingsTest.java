package fr.creneau.stats;

import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.creneau.testsupport.BinderTopicSettings.ofConsumer;
import static fr.creneau.testsupport.BinderTopicSettings.ofProducer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whichever service creates a topic first, it gets the launcher's and docker-compose's settings
 * ({@code SmsFiguresTest} checks on the broker that the binder applies them).
 */
class TopicSettingsTest {

    @Test
    void theTopicsTheFiguresAreRebuiltFromAreKeptForever() {
        for (String binding : List.of("bookingEvents-in-0", "planningEvents-in-0", "notificationEvents-in-0")) {
            assertThat(ofConsumer(binding)).as(binding).containsEntry("retention.ms", "-1");
        }
    }

    @Test
    void theAnalystsStreamIsCompacted() {
        assertThat(ofProducer("appointmentFigures-out-0")).containsEntry("cleanup.policy", "compact");
    }
}
