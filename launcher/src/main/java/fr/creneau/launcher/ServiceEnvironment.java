package fr.creneau.launcher;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The environment variables a service's instance starts with: where its database and broker are, and its secrets. */
final class ServiceEnvironment {

    /** The platform administrator's password the gateway gets when none is given: printed, for a laptop only. */
    static final String DEVELOPMENT_ADMIN_PASSWORD = "creneau-admin";

    private final StackBuilder settings;
    private final Instances instances;
    private final Infrastructure infrastructure;
    private final String identityKey;

    ServiceEnvironment(StackBuilder settings, Instances instances, Infrastructure infrastructure, String identityKey) {
        this.settings = settings;
        this.instances = instances;
        this.infrastructure = infrastructure;
        this.identityKey = identityKey;
    }

    Map<String, String> of(Instance instance) {
        Service service = instance.service();
        Map<String, String> environment = new HashMap<>();
        environment.put("PORT", Integer.toString(instance.port()));
        environment.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        environment.put("DATABASE_URL", infrastructure.jdbcUrl(service.database()));
        environment.put("DATABASE_USER", infrastructure.postgres().user());
        environment.put("DATABASE_PASSWORD", infrastructure.postgres().password());
        environment.put("CRENEAU_IDENTITY_KEY", identityKey);
        environment.put("CRENEAU_DEV_INBOX", Boolean.toString(settings.devInbox));
        if (service.isBackend()) {
            backend(environment);
        } else {
            gateway(instance, environment);
        }
        if (service == Service.BOOKING && System.getenv("BOOKING_CODE_SECRET") == null) {
            environment.put("BOOKING_CODE_SECRET", GeneratedSecret.bookingCodeSecret(settings.dataDirectory));
        }
        if ((service == Service.NOTIFICATION || service == Service.BOOKING) && System.getenv("PORTAL_URL") == null) {
            // the links in the messages lead to the gateway, wherever this stack put it; booking-service checks
            // Twilio's voice signatures against the same public address
            environment.put("PORTAL_URL", instances.url(Service.GATEWAY));
        }
        environment.putAll(settings.sharedEnvironment);
        environment.putAll(settings.serviceEnvironment.get(service));
        return environment;
    }

    private void backend(Map<String, String> environment) {
        // only the gateway is reached from outside; what reaches a service must go through it
        environment.put("SERVER_ADDRESS", StackBuilder.LOOPBACK);
        environment.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.broker().bootstrapServers());
        // on one machine, four pools keeping 10 idle connections each cost PostgreSQL some 40 idle backends
        environment.put("SPRING_DATASOURCE_HIKARI_MINIMUM_IDLE", "2");
    }

    private void gateway(Instance instance, Map<String, String> environment) {
        environment.put("SERVER_ADDRESS", settings.gatewayAddress);
        String adminPassword = System.getenv("CRENEAU_ADMIN_PASSWORD");
        if (adminPassword == null || adminPassword.isBlank()) {
            environment.put("CRENEAU_ADMIN_PASSWORD", DEVELOPMENT_ADMIN_PASSWORD);
        }
        environment.put("MANAGEMENT_PORT", Integer.toString(instance.managementPort()));
        for (Service backend : Service.values()) {
            if (backend.isBackend()) {
                environment.put(backend.urlVariable(), String.join(",", instances.urls(backend)));
            }
        }
    }

}
