package fr.creneau.notification.webhook;

import fr.creneau.notification.config.WebhookProperties;
import fr.creneau.notification.webhook.domain.EndpointAddress;
import fr.creneau.notification.webhook.domain.InternalAddresses;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;

import java.net.InetAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What ships: the service's own application.yml, read as a bare jar reads it, refuses plain http:// even to the
 * loopback interface (the integration tests turn that on for their receivers); https:// anywhere is accepted.
 */
class EndpointAddressTest {

    @Test
    void theDefaultConfigurationRefusesPlainHttpEvenOnTheLoopbackInterface() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        ConfigurationPropertySources.attach(environment);
        WebhookProperties shipped = Binder.get(environment)
                .bind("creneau.notification.webhooks", WebhookProperties.class).get();

        assertThat(shipped.allowLoopbackHttp()).isFalse();
        assertThat(EndpointAddress.refusal("http://127.0.0.1:9999/hook", shipped.allowLoopbackHttp())).isPresent();
        assertThat(EndpointAddress.refusal("https://integrateur.example.fr/hook", shipped.allowLoopbackHttp())).isEmpty();
    }

    @Test
    void internalAddressesAreRefusedAndTheLoopbackOnlyWhenAllowed() throws Exception {
        for (String internal : List.of("127.0.0.1", "::1", "10.1.2.3", "172.31.255.255", "192.168.0.1",
                "169.254.169.254", "fe80::1", "fd00:ec2::254", "fc00::1", "0.0.0.0", "::", "100.64.0.1",
                "224.0.0.1", "::ffff:192.168.0.1", "::10.0.0.1", "64:ff9b::a9fe:a9fe")) {
            assertThat(InternalAddresses.internal(InetAddress.getByName(internal))).as(internal).isTrue();
        }
        for (String public_ : List.of("93.184.216.34", "2a00:1450:4007:80e::200e", "172.32.0.1", "100.128.0.1")) {
            assertThat(InternalAddresses.internal(InetAddress.getByName(public_))).as(public_).isFalse();
        }
        List<InetAddress> loopback = List.of(InetAddress.getByName("127.0.0.1"));
        assertThat(InternalAddresses.refusal("localhost", loopback, false)).isPresent();
        assertThat(InternalAddresses.refusal("localhost", loopback, true)).isEmpty();
        assertThat(InternalAddresses.refusal("ici", List.of(InetAddress.getByName("10.0.0.1")), true)).isPresent();
    }

    @Test
    void loopbackHttpWhenAllowedIsOnlyTheLoopbackInterface() {
        assertThat(EndpointAddress.refusal("http://127.0.0.1:9999/hook", true)).isEmpty();
        assertThat(EndpointAddress.refusal("http://localhost/hook", true)).isEmpty();
        assertThat(EndpointAddress.refusal("http://[::1]:8080/hook", true)).isEmpty();
        assertThat(EndpointAddress.refusal("http://10.0.0.5/hook", true)).isPresent();
        assertThat(EndpointAddress.refusal("http://localhost.example.fr/hook", true)).isPresent();
        assertThat(EndpointAddress.refusal("https://user:pw@integrateur.example.fr/hook", true)).isPresent();
        assertThat(EndpointAddress.refusal("not a url", true)).isPresent();
    }
}
