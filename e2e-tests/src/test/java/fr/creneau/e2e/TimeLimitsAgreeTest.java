package fr.creneau.e2e;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.io.FileSystemResource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The time limits the services ship with, read together. A reservation that waits in booking-service longer than
 * the gateway waits for its answer is made for a citizen who was already told it failed: a hold nobody will confirm.
 */
class TimeLimitsAgreeTest {

    private static final Path ROOT = Path.of(System.getProperty("creneau.root", ".."));

    @Test
    void aReservationGivesUpBeforeTheGatewayStopsWaitingForIt() {
        Properties gateway = shipped("gateway");
        Properties booking = shipped("booking-service");
        Duration gatewayWaits = duration(gateway, "spring.cloud.gateway.server.webflux.httpclient.response-timeout");
        Duration breakerWaits = duration(gateway, "creneau.gateway.circuit-breaker.timeout");
        Duration queue = duration(booking, "booking.commands.queue-timeout");
        // after its turn: the command itself, then the code's record, sent to Kafka within delivery.timeout.ms
        String delivery = booking.getProperty("spring.cloud.stream.kafka.binder.producer-properties.delivery.timeout.ms");
        assertThat(delivery).as("the producers' delivery.timeout.ms").isNotNull();
        Duration kafka = Duration.ofMillis(Long.parseLong(delivery));

        Duration longestReservation = queue.plus(kafka).plusSeconds(1);

        assertThat(longestReservation).isLessThan(gatewayWaits).isLessThan(breakerWaits);
    }

    private static Properties shipped(String module) {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new FileSystemResource(ROOT.resolve(module).resolve("src/main/resources/application.yml")));
        return yaml.getObject();
    }

    private static Duration duration(Properties properties, String name) {
        String value = properties.getProperty(name);
        assertThat(value).as(name).isNotNull();
        return DurationStyle.detectAndParse(value);
    }
}
