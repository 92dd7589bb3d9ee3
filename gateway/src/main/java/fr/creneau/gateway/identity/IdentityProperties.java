package fr.creneau.gateway.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code creneau.identity.key} (CRENEAU_IDENTITY_KEY): the key the services check the gateway's signature with. */
@ConfigurationProperties("creneau.identity")
public record IdentityProperties(String key) {
}
