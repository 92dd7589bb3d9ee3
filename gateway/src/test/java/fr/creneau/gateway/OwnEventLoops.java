package fr.creneau.gateway;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ReactorResourceFactory;

/**
 * For a gateway a test starts by hand: event loops of its own. By default every gateway of the JVM shares Reactor
 * Netty's global ones, and closing one context would dispose them under the others (their routes then hang until
 * the time limit), which separate processes never do.
 */
@Configuration(proxyBeanMethods = false)
class OwnEventLoops {

    @Bean
    ReactorResourceFactory reactorResourceFactory() {
        ReactorResourceFactory resources = new ReactorResourceFactory();
        resources.setUseGlobalResources(false);
        return resources;
    }
}
