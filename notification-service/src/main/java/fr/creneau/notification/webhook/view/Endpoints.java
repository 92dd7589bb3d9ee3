package fr.creneau.notification.webhook.view;

import fr.creneau.notification.webhook.domain.Endpoint;
import fr.creneau.notification.webhook.domain.WebhookEventType;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The endpoints still registered (a deleted one keeps its row, for its delivery log, but is never read here). */
@Repository
public class Endpoints {

    private static final String COLUMNS = "id, commune_id, url, secret, events, created_at";
    private static final RowMapper<Endpoint> ENDPOINT = (rs, row) -> new Endpoint(rs.getObject("id", UUID.class),
            rs.getString("commune_id"), rs.getString("url"), rs.getString("secret"), parse(rs.getString("events")),
            rs.getTimestamp("created_at").toInstant());

    private final JdbcClient jdbc;

    Endpoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Endpoint> ofCommune(String communeId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE commune_id = :c AND deleted_at IS NULL "
                + "ORDER BY created_at").param("c", communeId).query(ENDPOINT).list();
    }

    public Optional<Endpoint> find(String communeId, UUID id) {
        return find(id).filter(endpoint -> endpoint.communeId().equals(communeId));
    }

    public Optional<Endpoint> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE id = :id AND deleted_at IS NULL")
                .param("id", id).query(ENDPOINT).optional();
    }

    public List<Endpoint> subscribedTo(String communeId, WebhookEventType type) {
        return ofCommune(communeId).stream().filter(endpoint -> endpoint.wants(type)).toList();
    }

    public static String column(Set<WebhookEventType> events) {
        return String.join(",", events.stream().map(Enum::name).sorted().toList());
    }

    private static Set<WebhookEventType> parse(String events) {
        Set<WebhookEventType> set = EnumSet.noneOf(WebhookEventType.class);
        Arrays.stream(events.split(",")).filter(s -> !s.isBlank()).map(WebhookEventType::valueOf).forEach(set::add);
        return set;
    }
}
