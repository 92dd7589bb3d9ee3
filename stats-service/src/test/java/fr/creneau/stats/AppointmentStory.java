package fr.creneau.stats;

import fr.creneau.booking.api.Appointment;
import fr.creneau.booking.api.AppointmentApproved;
import fr.creneau.booking.api.AppointmentAssigned;
import fr.creneau.booking.api.AppointmentAttended;
import fr.creneau.booking.api.AppointmentAwaitingApproval;
import fr.creneau.booking.api.AppointmentCancelled;
import fr.creneau.booking.api.AppointmentConfirmed;
import fr.creneau.booking.api.AppointmentNoShow;
import fr.creneau.booking.api.AppointmentRefused;
import fr.creneau.booking.api.AppointmentRescheduled;
import fr.creneau.booking.api.AppointmentUnscheduled;
import fr.creneau.booking.api.CancelledBy;
import fr.creneau.booking.api.Channel;
import fr.creneau.booking.api.HoldExpired;
import fr.creneau.booking.api.SlotReserved;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Builds the booking events of one appointment's life, as booking-service would write them. */
public final class AppointmentStory {

    private final String communeId;
    private final String appointmentId = UUID.randomUUID().toString();
    private String placeId = "place-mairie";
    private String placeName = "Mairie";
    private String counterId = "counter-1";
    private String counterName = "Guichet 1";
    private String agentId;
    private String serviceId = "service-etat-civil";
    private String typeId = "type-cni";
    private String typeLabel = "Carte d'identité";
    private String optionId;
    private String optionLabel;
    private Channel channel = Channel.WEB;
    private Instant start = Instant.parse("2026-12-01T09:00:00Z");
    private Duration length = Duration.ofMinutes(20);
    private Instant bookedAt = Instant.parse("2026-11-20T09:00:00Z");

    private AppointmentStory(String communeId) {
        this.communeId = communeId;
    }

    public static AppointmentStory in(String communeId) {
        return new AppointmentStory(communeId);
    }

    public AppointmentStory at(String instant) {
        start = Instant.parse(instant);
        return this;
    }

    public AppointmentStory lasting(int minutes) {
        length = Duration.ofMinutes(minutes);
        return this;
    }

    public AppointmentStory bookedAt(String instant) {
        bookedAt = Instant.parse(instant);
        return this;
    }

    public AppointmentStory place(String id, String name) {
        placeId = id;
        placeName = name;
        return this;
    }

    public AppointmentStory counter(String id, String name) {
        counterId = id;
        counterName = name;
        return this;
    }

    public AppointmentStory agent(String id) {
        agentId = id;
        return this;
    }

    public AppointmentStory service(String id) {
        serviceId = id;
        return this;
    }

    public AppointmentStory type(String id, String label) {
        typeId = id;
        typeLabel = label;
        return this;
    }

    public AppointmentStory option(String id, String label) {
        optionId = id;
        optionLabel = label;
        return this;
    }

    public AppointmentStory by(Channel how) {
        channel = how;
        return this;
    }

    public String appointmentId() {
        return appointmentId;
    }

    public SlotReserved reserved() {
        return new SlotReserved(id(), bookedAt, communeId, appointmentId, appointment(), bookedAt.plusSeconds(600));
    }

    public HoldExpired holdExpired() {
        return new HoldExpired(id(), bookedAt.plusSeconds(600), communeId, appointmentId, appointment());
    }

    public AppointmentConfirmed confirmed() {
        return new AppointmentConfirmed(id(), bookedAt.plusSeconds(60), communeId, appointmentId, appointment());
    }

    public AppointmentAwaitingApproval awaitingApproval() {
        return new AppointmentAwaitingApproval(id(), bookedAt.plusSeconds(60), communeId, appointmentId, appointment());
    }

    public AppointmentApproved approved() {
        return new AppointmentApproved(id(), bookedAt.plusSeconds(3600), communeId, appointmentId, appointment(),
                "agent-approver");
    }

    public AppointmentRefused refused() {
        return new AppointmentRefused(id(), bookedAt.plusSeconds(3600), communeId, appointmentId, appointment(),
                "agent-approver", "Pièces manquantes");
    }

    public AppointmentCancelled cancelledBy(CancelledBy by) {
        return new AppointmentCancelled(id(), bookedAt.plusSeconds(7200), communeId, appointmentId, appointment(), by,
                by == CancelledBy.AGENT ? "agent-1" : null, "Empêchement", List.of());
    }

    public AppointmentUnscheduled unscheduled() {
        return new AppointmentUnscheduled(id(), bookedAt.plusSeconds(7200), communeId, appointmentId, appointment(),
                "Absence de l'agent", List.of());
    }

    public AppointmentRescheduled rescheduledTo(String newStart) {
        Instant previousStart = start;
        start = Instant.parse(newStart);
        return new AppointmentRescheduled(id(), bookedAt.plusSeconds(9000), communeId, appointmentId, appointment(),
                previousStart, previousStart.plus(length), placeId, counterId, CancelledBy.CITIZEN);
    }

    public AppointmentAssigned assignedTo(String agent) {
        String previous = agentId;
        agentId = agent;
        return new AppointmentAssigned(id(), bookedAt.plusSeconds(8000), communeId, appointmentId, appointment(),
                previous);
    }

    public AppointmentAttended attended() {
        return new AppointmentAttended(id(), start.plusSeconds(60), communeId, appointmentId, appointment(), agentId);
    }

    public AppointmentNoShow noShow() {
        return new AppointmentNoShow(id(), start.plusSeconds(1800), communeId, appointmentId, appointment(), agentId);
    }

    private Appointment appointment() {
        return new Appointment(typeId, typeLabel, optionId, optionLabel, serviceId, placeId, placeName,
                "1 place de la Mairie", counterId, counterName, agentId, start, start.plus(length), "Europe/Paris", 1,
                channel, null, bookedAt);
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
