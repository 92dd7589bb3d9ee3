package fr.creneau.notification.publishing.messaging;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the outbox relay's schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PublishingConfiguration {
}
