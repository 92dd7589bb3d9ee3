package fr.creneau.platform.schema;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/** {@code creneau.flyway.superseded-checksums}: a service's own migrations changed on purpose once applied. */
@ConfigurationProperties("creneau.flyway")
public record SchemaProperties(List<SupersededChecksum> supersededChecksums) {

    public SchemaProperties {
        supersededChecksums = supersededChecksums == null ? List.of() : List.copyOf(supersededChecksums);
    }
}
