package fr.creneau.planning.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.time.Instant;

/**
 * An event on {@code planning.events}. The {@code type} property names the record and its version
 * (for example {@code PlanningChanged.v1}); a consumer ignores types it does not know.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = PlanningChanged.class, name = "PlanningChanged.v1"),
        @JsonSubTypes.Type(value = AppointmentTypeChanged.class, name = "AppointmentTypeChanged.v1"),
        @JsonSubTypes.Type(value = PlaceChanged.class, name = "PlaceChanged.v1"),
        @JsonSubTypes.Type(value = CounterChanged.class, name = "CounterChanged.v1"),
        @JsonSubTypes.Type(value = CommuneChanged.class, name = "CommuneChanged.v1"),
        @JsonSubTypes.Type(value = CommuneSubscriptionChanged.class, name = "CommuneSubscriptionChanged.v1"),
        @JsonSubTypes.Type(value = CommuneSuspensionChanged.class, name = "CommuneSuspensionChanged.v1"),
        @JsonSubTypes.Type(value = AgentChanged.class, name = "AgentChanged.v1"),
        @JsonSubTypes.Type(value = ServiceChanged.class, name = "ServiceChanged.v1")
})
public sealed interface PlanningEvent
        permits PlanningChanged, AppointmentTypeChanged, PlaceChanged, CounterChanged, CommuneChanged,
        CommuneSubscriptionChanged, CommuneSuspensionChanged, AgentChanged, ServiceChanged {

    String TOPIC = "planning.events";

    /** Unique id of this event; consumers use it to process each event once. */
    String eventId();

    Instant occurredAt();

    String communeId();

    /** The Kafka key: every event about one counter (or one entity) shares it, which keeps them in order. */
    @JsonIgnore
    String key();
}
