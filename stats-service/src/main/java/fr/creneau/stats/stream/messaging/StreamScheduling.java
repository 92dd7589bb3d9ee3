package fr.creneau.stats.stream.messaging;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The flush of the analysts' stream runs on Spring's scheduler, only where the stream is on. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "creneau.stats.stream.enabled", havingValue = "true", matchIfMissing = true)
class StreamScheduling {
}
