package fr.creneau.notification.planning.messaging;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.creneau.notification.planning.view.AppointmentTypes;
import fr.creneau.notification.planning.view.CommuneSubscriptions;
import fr.creneau.notification.planning.view.CommuneSuspensions;
import fr.creneau.planning.api.AppointmentTypeChanged;
import fr.creneau.planning.api.CommuneSubscriptionChanged;
import fr.creneau.planning.api.CommuneSuspensionChanged;
import fr.creneau.planning.api.PlanningEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Reads planning.events for the appointment types and the communes' subscriptions only; any other event, or a type
 * this version does not know, is skipped.
 */
@Configuration(proxyBeanMethods = false)
class PlanningEventConsumer {

    @Bean
    Consumer<Message<byte[]>> planningEvents(AppointmentTypes types, CommuneSubscriptions subscriptions,
            CommuneSuspensions suspensions, ObjectMapper objectMapper) {
        ObjectMapper json = objectMapper.copy()
                .disable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return message -> {
            PlanningEvent event = read(json, message.getPayload());
            if (event instanceof AppointmentTypeChanged type) {
                types.record(type.communeId(), type.appointmentTypeId());
            } else if (event instanceof CommuneSubscriptionChanged subscription) {
                subscriptions.record(subscription.communeId(), subscription.smsOption(), subscription.voiceOption(),
                        subscription.occurredAt());
            } else if (event instanceof CommuneSuspensionChanged suspension) {
                suspensions.record(suspension.communeId(), suspension.suspended(), suspension.occurredAt());
            }
        };
    }

    private static PlanningEvent read(ObjectMapper json, byte[] payload) {
        try {
            return json.readValue(payload, PlanningEvent.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a planning event: " + e.getMessage(), e);
        }
    }
}
