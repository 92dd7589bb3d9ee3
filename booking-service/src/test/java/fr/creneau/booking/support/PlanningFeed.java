package fr.creneau.booking.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.creneau.planning.api.AgentChanged;
import fr.creneau.planning.api.AppointmentTypeChanged;
import fr.creneau.planning.api.CapacityRange;
import fr.creneau.planning.api.CommuneChanged;
import fr.creneau.planning.api.CounterChanged;
import fr.creneau.planning.api.PlaceChanged;
import fr.creneau.planning.api.PlanningChanged;
import fr.creneau.planning.api.PlanningEvent;
import fr.creneau.testsupport.KafkaProbe;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What planning-service would publish for one commune with one place, one counter and one appointment type of
 * 20 minutes, written as JSON the way it would be on planning.events.
 */
public final class PlanningFeed {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public final String communeId = "commune-" + UUID.randomUUID().toString().substring(0, 8);
    public final String placeId = UUID.randomUUID().toString();
    public final String counterId = UUID.randomUUID().toString();
    public final String typeId = UUID.randomUUID().toString();

    public CommuneChanged commune() {
        return new CommuneChanged(id(), Instant.now(), communeId, "Villeneuve", ZONE.getId(), 24);
    }

    public PlaceChanged place() {
        return new PlaceChanged(id(), Instant.now(), communeId, placeId, "Mairie", "1 place de la Mairie", null, null,
                true, true);
    }

    public AppointmentTypeChanged type(boolean approvalRequired) {
        return type(approvalRequired, false);
    }

    public AppointmentTypeChanged type(boolean approvalRequired, boolean antsRequired) {
        return type(approvalRequired, antsRequired, "SERVICE");
    }

    /** An agent of the commune, working at its counter. */
    public AgentChanged agent(String agentId) {
        return new AgentChanged(id(), Instant.now(), communeId, agentId, "Agent " + agentId, List.of(),
                List.of(counterId), true);
    }

    /** A meeting with the mayor or an élu: the citizen chooses whom. */
    public List<PlanningEvent> catalogWithChosenAgents() {
        return List.of(commune(), place(), type(false, false, "AGENT"), counter());
    }

    /** The counter open from 09:00 to 12:00 on {@code day}, with these agents there. */
    public PlanningChanged openingWith(LocalDate day, List<String> agents) {
        CapacityRange morning = new CapacityRange(day.atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant(),
                day.atTime(LocalTime.of(12, 0)).atZone(ZONE).toInstant(), agents.size(), agents);
        return new PlanningChanged(id(), Instant.now(), communeId, placeId, counterId, ZONE.getId(), day, day,
                List.of(morning), "REFERENCE_WEEK", List.of());
    }

    private AppointmentTypeChanged type(boolean approvalRequired, boolean antsRequired, String bookableWith) {
        return new AppointmentTypeChanged(id(), Instant.now(), communeId, typeId, "Carte d'identité",
                "Dépôt de dossier", 20, "P2M", "PT60M", List.of(), 4, false, true, List.of(), approvalRequired,
                "Apportez un justificatif de domicile", "RGPD", List.of(), bookableWith, antsRequired, true);
    }

    public CounterChanged counter() {
        return new CounterChanged(id(), Instant.now(), communeId, counterId, placeId, "Guichet 1", List.of(typeId),
                List.of(), true, List.of());
    }

    /** The counter open from 09:00 to 12:00 (commune time) on {@code day}, for {@code agents} at once. */
    public PlanningChanged opening(LocalDate day, int agents, Instant version) {
        CapacityRange morning = new CapacityRange(day.atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant(),
                day.atTime(LocalTime.of(12, 0)).atZone(ZONE).toInstant(), agents, List.of());
        return new PlanningChanged(id(), version, communeId, placeId, counterId, ZONE.getId(), day, day,
                agents == 0 ? List.of() : List.of(morning), "REFERENCE_WEEK", List.of());
    }

    /** The counter open from {@code start} to {@code end} only, on the commune date of {@code start}. */
    public PlanningChanged openingBetween(Instant start, Instant end, int agents) {
        LocalDate day = start.atZone(ZONE).toLocalDate();
        return new PlanningChanged(id(), Instant.now(), communeId, placeId, counterId, ZONE.getId(), day, day,
                List.of(new CapacityRange(start, end, agents, List.of())), "EXCEPTION", List.of());
    }

    public List<PlanningEvent> catalog(boolean approvalRequired) {
        return List.of(commune(), place(), type(approvalRequired), counter());
    }

    public List<PlanningEvent> catalogWithAntsNumbers() {
        return List.of(commune(), place(), type(false, true), counter());
    }

    public void send(PlanningEvent event) {
        try {
            KafkaProbe.send(PlanningEvent.TOPIC, event.key(), JSON.writerFor(PlanningEvent.class).writeValueAsString(event));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hands the event straight to the service's consumer, as the binder would. */
    public void deliver(Consumer<Message<byte[]>> consumer, PlanningEvent event) {
        try {
            consumer.accept(MessageBuilder.withPayload(JSON.writerFor(PlanningEvent.class).writeValueAsBytes(event)).build());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Instant nineOn(LocalDate day) {
        return day.atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant();
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
