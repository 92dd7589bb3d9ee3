package fr.creneau.notification.config;

import fr.creneau.notification.shared.domain.NewIds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.UUID;

/** New ids are random UUIDs (version 4). */
@Configuration(proxyBeanMethods = false)
class IdConfiguration {

    @Bean
    NewIds newIds() {
        return UUID::randomUUID;
    }
}
