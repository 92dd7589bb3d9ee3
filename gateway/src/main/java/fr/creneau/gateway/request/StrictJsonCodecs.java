package fr.creneau.gateway.request;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.creneau.platform.json.StrictJson;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.codec.json.Jackson2JsonDecoder;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/**
 * The gateway's own endpoints (login, accounts) read JSON as the services do, with {@link StrictJson}. Only the
 * server's decoder: the HTTP clients (ProConnect) keep Jackson's usual reading of other servers' answers.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonCodecs implements WebFluxConfigurer {

    private final ObjectMapper objectMapper;

    StrictJsonCodecs(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public void configureHttpMessageCodecs(ServerCodecConfigurer configurer) {
        configurer.defaultCodecs().jackson2JsonDecoder(new Jackson2JsonDecoder(StrictJson.forRequests(objectMapper)));
    }
}
