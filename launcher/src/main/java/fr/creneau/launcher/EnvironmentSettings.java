package fr.creneau.launcher;

import java.nio.file.Path;
import java.util.Map;

/** The launcher's own environment variables, turned into a {@link StackBuilder}'s settings. */
record EnvironmentSettings(Map<String, String> environment) {

    StackBuilder applyTo(StackBuilder builder) {
        String databaseHost = value("DATABASE_HOST");
        if (databaseHost != null) {
            builder.externalPostgres(databaseHost,
                    Integer.parseInt(environment.getOrDefault("DATABASE_PORT", "5432")),
                    environment.getOrDefault("DATABASE_USER", "creneau"),
                    environment.getOrDefault("DATABASE_PASSWORD", "creneau"));
        }
        String kafka = value("KAFKA_BOOTSTRAP_SERVERS");
        if (kafka != null) {
            builder.externalKafka(kafka);
        }
        String data = value("CRENEAU_DATA_DIR");
        if (data != null) {
            builder.dataDirectory(Path.of(data));
        }
        String key = value("CRENEAU_IDENTITY_KEY");
        if (key != null) {
            builder.identityKey(key);
        }
        String address = value("GATEWAY_ADDRESS");
        if (address != null) {
            builder.gatewayAddress(address.strip());
        }
        return builder.devInbox(!"false".equalsIgnoreCase(environment.getOrDefault("CRENEAU_DEV_INBOX", "true").strip()));
    }

    /** The variable's value, or null when it is unset or blank. */
    private String value(String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? null : value;
    }
}
