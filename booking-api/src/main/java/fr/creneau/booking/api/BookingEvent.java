package fr.creneau.booking.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.time.Instant;

/**
 * An event on {@code booking.events}, keyed by appointment. It carries no personal data: the citizen's
 * contact details travel on {@code booking.contacts} (see {@link AppointmentContact}). The {@code type}
 * property names the record and its version; a consumer ignores types it does not know.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = SlotReserved.class, name = "SlotReserved.v1"),
        @JsonSubTypes.Type(value = HoldExpired.class, name = "HoldExpired.v1"),
        @JsonSubTypes.Type(value = AppointmentConfirmed.class, name = "AppointmentConfirmed.v1"),
        @JsonSubTypes.Type(value = AppointmentAwaitingApproval.class, name = "AppointmentAwaitingApproval.v1"),
        @JsonSubTypes.Type(value = AppointmentApproved.class, name = "AppointmentApproved.v1"),
        @JsonSubTypes.Type(value = AppointmentRefused.class, name = "AppointmentRefused.v1"),
        @JsonSubTypes.Type(value = AppointmentRescheduled.class, name = "AppointmentRescheduled.v1"),
        @JsonSubTypes.Type(value = AppointmentCancelled.class, name = "AppointmentCancelled.v1"),
        @JsonSubTypes.Type(value = AppointmentUnscheduled.class, name = "AppointmentUnscheduled.v1"),
        @JsonSubTypes.Type(value = AppointmentAssigned.class, name = "AppointmentAssigned.v1"),
        @JsonSubTypes.Type(value = AppointmentAttended.class, name = "AppointmentAttended.v1"),
        @JsonSubTypes.Type(value = AppointmentNoShow.class, name = "AppointmentNoShow.v1"),
        @JsonSubTypes.Type(value = AppointmentModified.class, name = "AppointmentModified.v1"),
        @JsonSubTypes.Type(value = EarlierSlotOffered.class, name = "EarlierSlotOffered.v1")
})
public sealed interface BookingEvent permits SlotReserved, HoldExpired, AppointmentConfirmed,
        AppointmentAwaitingApproval, AppointmentApproved, AppointmentRefused, AppointmentRescheduled,
        AppointmentCancelled, AppointmentUnscheduled, AppointmentAssigned, AppointmentAttended, AppointmentNoShow,
        AppointmentModified, EarlierSlotOffered {

    String TOPIC = "booking.events";

    /** Unique id of this event; consumers use it to process each event once. */
    String eventId();

    Instant occurredAt();

    String communeId();

    String appointmentId();

    /** The appointment as it stands after this event. */
    Appointment appointment();

    @JsonIgnore
    default String key() {
        return appointmentId();
    }
}
