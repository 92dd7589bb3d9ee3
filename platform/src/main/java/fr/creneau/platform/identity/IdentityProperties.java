package fr.creneau.platform.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code creneau.identity.key} (CRENEAU_IDENTITY_KEY): the key the gateway signs the agents' identity with. */
@ConfigurationProperties("creneau.identity")
public record IdentityProperties(String key) {
}
