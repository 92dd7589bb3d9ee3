package fr.creneau.notification.webhook.command;

import fr.creneau.notification.config.WebhookProperties;
import fr.creneau.notification.shared.domain.NewIds;
import fr.creneau.notification.webhook.domain.Endpoint;
import fr.creneau.notification.webhook.domain.EndpointAddress;
import fr.creneau.notification.webhook.domain.SecretSource;
import fr.creneau.notification.webhook.domain.WebhookEventType;
import fr.creneau.notification.webhook.view.Endpoints;
import fr.creneau.platform.problem.InvalidRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** Registers a commune's endpoint with a secret of ours, and removes one (its delivery log stays readable). */
@Service
public class WebhookEndpoints {

    static final int MAX_PER_COMMUNE = 10;

    private final JdbcClient jdbc;
    private final Endpoints endpoints;
    private final SecretSource secrets;
    private final NewIds ids;
    private final Clock clock;
    private final boolean loopbackHttpAllowed;
    private final Destinations destinations;

    WebhookEndpoints(JdbcClient jdbc, Endpoints endpoints, SecretSource secrets, NewIds ids, Clock clock,
            WebhookProperties properties, Destinations destinations) {
        this.jdbc = jdbc;
        this.endpoints = endpoints;
        this.secrets = secrets;
        this.ids = ids;
        this.clock = clock;
        this.loopbackHttpAllowed = properties.allowLoopbackHttp();
        this.destinations = destinations;
    }

    public Endpoint register(String communeId, String url, Set<WebhookEventType> events) {
        EndpointAddress.refusal(url, loopbackHttpAllowed).or(() -> destinations.refusal(url)).ifPresent(problem -> {
            throw new InvalidRequestException(problem);
        });
        if (events == null || events.isEmpty()) {
            throw new InvalidRequestException("Choisissez au moins un événement (events) parmi BOOKED, MOVED, "
                    + "CANCELLED, ATTENDED.");
        }
        if (endpoints.ofCommune(communeId).size() >= MAX_PER_COMMUNE) {
            throw new InvalidRequestException("Une commune a au plus %d points de réception ; supprimez-en un avant "
                    + "d'en ajouter un autre.".formatted(MAX_PER_COMMUNE));
        }
        Endpoint endpoint = new Endpoint(ids.next(), communeId, url, secrets.newSecret(), EnumSet.copyOf(events),
                clock.instant());
        jdbc.sql("""
                        INSERT INTO webhook_endpoint (id, commune_id, url, secret, events, created_at)
                        VALUES (:id, :c, :url, :secret, :events, :now)""")
                .param("id", endpoint.id()).param("c", communeId).param("url", url)
                .param("secret", endpoint.secret()).param("events", Endpoints.column(endpoint.events()))
                .param("now", Timestamp.from(endpoint.createdAt())).update();
        return endpoint;
    }

    public void delete(String communeId, UUID id) {
        int deleted = jdbc.sql("""
                        UPDATE webhook_endpoint SET deleted_at = :now
                        WHERE id = :id AND commune_id = :c AND deleted_at IS NULL""")
                .param("id", id).param("c", communeId).param("now", Timestamp.from(clock.instant())).update();
        if (deleted == 0) {
            throw Missing.endpoint(id);
        }
    }
}
