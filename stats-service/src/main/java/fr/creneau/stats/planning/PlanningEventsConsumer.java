package fr.creneau.stats.planning;

import fr.creneau.planning.api.PlanningEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/** The binding {@code planningEvents-in-0} on planning.events. A record of an unknown type arrives as null: skipped. */
@Configuration(proxyBeanMethods = false)
class PlanningEventsConsumer {

    @Bean
    Consumer<Message<PlanningEvent>> planningEvents(PlanningEventProjector projector) {
        return message -> {
            PlanningEvent event = message.getPayload();
            if (event != null && event.eventId() != null) {
                projector.on(event);
            }
        };
    }
}
