package fr.creneau.gateway.instances;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The addresses of each service's instances, by the name its routes use ({@code lb://booking}). A variable such as
 * {@code BOOKING_URL=http://10.0.0.5:8082,http://10.0.0.6:8082} lists several, comma-separated.
 */
@ConfigurationProperties("creneau.gateway")
public record ServiceAddresses(Map<String, List<URI>> services) {

    public ServiceAddresses {
        services = services == null ? Map.of() : Map.copyOf(services);
    }
}
