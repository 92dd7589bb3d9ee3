package fr.creneau.notification.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.time.Instant;

/**
 * An event on {@code notification.events}, keyed by notice, so that what happens to one message arrives in order.
 * It carries no personal data: no recipient, no text. The {@code type} property names the record and its version;
 * a consumer ignores types it does not know.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = SmsSent.class, name = "SmsSent.v1"),
        @JsonSubTypes.Type(value = SmsDelivered.class, name = "SmsDelivered.v1"),
        @JsonSubTypes.Type(value = SmsDeliveryFailed.class, name = "SmsDeliveryFailed.v1")
})
public sealed interface NotificationEvent permits SmsSent, SmsDelivered, SmsDeliveryFailed {

    String TOPIC = "notification.events";

    /** Unique id of this event; consumers use it to process each event once. */
    String eventId();

    Instant occurredAt();

    String communeId();

    /** The notice (one message of one kind on one channel) this event is about. */
    String noticeId();

    @JsonIgnore
    default String key() {
        return noticeId();
    }
}
