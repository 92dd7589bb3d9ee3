package fr.creneau.notification.webhook;

import fr.creneau.notification.config.WebhookProperties;
import fr.creneau.notification.webhook.domain.EndpointAddress;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;

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
