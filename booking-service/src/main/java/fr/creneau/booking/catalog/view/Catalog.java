package fr.creneau.booking.catalog.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.creneau.planning.api.AgentChanged;
import fr.creneau.planning.api.AppointmentTypeChanged;
import fr.creneau.planning.api.CommuneChanged;
import fr.creneau.planning.api.CounterChanged;
import fr.creneau.planning.api.PlaceChanged;
import fr.creneau.planning.api.PlanningEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The latest description of each commune, place, counter and appointment type, as planning-service published it.
 * Reads are kept in memory for {@link #FRESHNESS}: this instance forgets them at once when it learns a change, and
 * another instance of booking-service, which learns it from other partitions of planning.events, within that time.
 */
@Repository
public class Catalog {

    static final Duration FRESHNESS = Duration.ofSeconds(5);
    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Cache<List<String>, Object> reads = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(FRESHNESS).build();

    Catalog(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Keeps {@code event} unless a newer description of the same entity is already known. */
    public void remember(String id, PlanningEvent event) {
        jdbc.sql("""
                        INSERT INTO catalog_entry (kind, id, commune_id, payload, occurred_at)
                        VALUES (:kind, :id, :communeId, CAST(:payload AS jsonb), :occurredAt)
                        ON CONFLICT (kind, id) DO UPDATE SET payload = EXCLUDED.payload,
                            occurred_at = EXCLUDED.occurred_at, commune_id = EXCLUDED.commune_id
                        WHERE catalog_entry.occurred_at <= EXCLUDED.occurred_at""")
                .param("kind", event.getClass().getSimpleName())
                .param("id", id)
                .param("communeId", event.communeId())
                .param("payload", write(event))
                .param("occurredAt", Timestamp.from(event.occurredAt()))
                .update();
        forgetReads();
    }

    /** Now, and again once the transaction ends: a read in between could have cached what it replaces. */
    private void forgetReads() {
        reads.invalidateAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    reads.invalidateAll();
                }
            });
        }
    }

    public Optional<CommuneChanged> commune(String communeId) {
        return find(CommuneChanged.class, communeId);
    }

    /** The commune's time zone, Paris's until planning says otherwise. */
    public ZoneId zoneOf(String communeId) {
        return commune(communeId).map(CommuneChanged::timeZone).map(ZoneId::of).orElse(DEFAULT_ZONE);
    }

    public Optional<PlaceChanged> place(String placeId) {
        return find(PlaceChanged.class, placeId);
    }

    public Optional<CounterChanged> counter(String counterId) {
        return find(CounterChanged.class, counterId);
    }

    public Optional<AppointmentTypeChanged> appointmentType(String appointmentTypeId) {
        return find(AppointmentTypeChanged.class, appointmentTypeId);
    }

    public List<CounterChanged> countersOf(String communeId) {
        return allOf(CounterChanged.class, communeId);
    }

    public List<PlaceChanged> placesOf(String communeId) {
        return allOf(PlaceChanged.class, communeId);
    }

    public List<AppointmentTypeChanged> appointmentTypesOf(String communeId) {
        return allOf(AppointmentTypeChanged.class, communeId);
    }

    /** Whether planning named {@code agentId} as an agent of {@code communeId}. */
    public boolean isAgentOf(String communeId, String agentId) {
        return find(AgentChanged.class, agentId).filter(agent -> agent.communeId().equals(communeId)).isPresent();
    }

    public List<AgentChanged> agentsOf(String communeId) {
        return allOf(AgentChanged.class, communeId);
    }

    @SuppressWarnings("unchecked")
    private <T extends PlanningEvent> List<T> allOf(Class<T> kind, String communeId) {
        return (List<T>) reads.get(List.of("all", kind.getSimpleName(), communeId), key -> readAll(kind, communeId));
    }

    @SuppressWarnings("unchecked")
    private <T extends PlanningEvent> Optional<T> find(Class<T> kind, String id) {
        return (Optional<T>) reads.get(List.of("one", kind.getSimpleName(), id), key -> readOne(kind, id));
    }

    private <T extends PlanningEvent> List<T> readAll(Class<T> kind, String communeId) {
        return jdbc.sql("SELECT payload FROM catalog_entry WHERE kind = :kind AND commune_id = :communeId ORDER BY id")
                .param("kind", kind.getSimpleName())
                .param("communeId", communeId)
                .query(String.class).list().stream()
                .map(payload -> read(payload, kind))
                .toList();
    }

    private <T extends PlanningEvent> Optional<T> readOne(Class<T> kind, String id) {
        return jdbc.sql("SELECT payload FROM catalog_entry WHERE kind = :kind AND id = :id")
                .param("kind", kind.getSimpleName())
                .param("id", id)
                .query(String.class).optional()
                .map(payload -> read(payload, kind));
    }

    private String write(PlanningEvent event) {
        try {
            return json.writerFor(PlanningEvent.class).writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event.getClass().getSimpleName(), e);
        }
    }

    private <T> T read(String payload, Class<T> kind) {
        try {
            return kind.cast(json.readValue(payload, PlanningEvent.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a stored " + kind.getSimpleName(), e);
        }
    }
}
