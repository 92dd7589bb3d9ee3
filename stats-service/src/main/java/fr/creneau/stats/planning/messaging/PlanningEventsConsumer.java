package fr.creneau.stats.planning.messaging;

import fr.creneau.planning.api.PlanningEvent;
import fr.creneau.stats.planning.view.PlanningEventProjector;
import fr.creneau.stats.shared.messaging.EventReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/** The binding {@code planningEvents-in-0} on planning.events; see {@link EventReader} for why it takes bytes. */
@Configuration(proxyBeanMethods = false)
class PlanningEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> planningEvents(EventReader reader, PlanningEventProjector projector) {
        return message -> reader.read(message.getPayload(), PlanningEvent.class)
                .filter(event -> event.eventId() != null)
                .ifPresent(projector::on);
    }
}
