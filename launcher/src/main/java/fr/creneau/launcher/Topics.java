package fr.creneau.launcher;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * Creates the platform's topics before the services start, with the settings they need and that a service's
 * auto-creation might not give. planning.events, booking.events and notification.events are kept forever: they are
 * what stats-service rebuilds its figures from, and they hold no personal data; voice.calls too (the voice lines'
 * minutes, for the operator's invoices). booking.contacts is compacted (a
 * null value erases a citizen's details), stats.appointments too (the latest record of a cell holds its figures),
 * and notification.otp keeps its codes one hour only. The services ask for the same settings when they happen to
 * create a topic first. Existing topics are left as they are.
 */
final class Topics {

    private static final Map<String, String> KEPT_FOREVER = Map.of("retention.ms", "-1");

    static final List<NewTopic> ALL = List.of(
            topic("planning.events", KEPT_FOREVER),
            topic("booking.events", KEPT_FOREVER),
            topic("booking.contacts", Map.of("cleanup.policy", "compact", "min.compaction.lag.ms", "0",
                    "delete.retention.ms", "86400000")),
            topic("notification.otp", Map.of("retention.ms", "3600000")),
            topic("notification.events", KEPT_FOREVER),
            topic("voice.calls", KEPT_FOREVER),
            topic("stats.appointments", Map.of("cleanup.policy", "compact")));

    private Topics() {
    }

    static void ensure(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = ALL.stream().filter(topic -> !existing.contains(topic.name())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Impossible de créer les topics Kafka : " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrompu en créant les topics Kafka", e);
        }
    }

    /** Three partitions leave room for a few consumer instances; the replication factor is the cluster's default. */
    private static NewTopic topic(String name, Map<String, String> configs) {
        return new NewTopic(name, Optional.of(3), Optional.empty()).configs(configs);
    }
}
