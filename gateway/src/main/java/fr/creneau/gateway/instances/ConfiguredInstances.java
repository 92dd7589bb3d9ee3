package fr.creneau.gateway.instances;

import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import reactor.core.publisher.Flux;

import java.net.URI;
import java.util.List;

/**
 * The instances of each service as configured: no registry to run, and Spring Cloud LoadBalancer spreads the
 * requests of an {@code lb://} route over them. The same idea as Spring Cloud's SimpleReactiveDiscoveryClient, fed
 * from one variable per service rather than one property per instance.
 */
class ConfiguredInstances implements ReactiveDiscoveryClient {

    private final ServiceAddresses addresses;

    ConfiguredInstances(ServiceAddresses addresses) {
        this.addresses = addresses;
    }

    @Override
    public String description() {
        return "instances listed in PLANNING_URL, BOOKING_URL, NOTIFICATION_URL and STATS_URL";
    }

    @Override
    public Flux<ServiceInstance> getInstances(String serviceId) {
        List<URI> uris = addresses.services().getOrDefault(serviceId, List.of());
        return Flux.range(0, uris.size()).map(index -> instance(serviceId, index, uris.get(index)));
    }

    @Override
    public Flux<String> getServices() {
        return Flux.fromIterable(addresses.services().keySet());
    }

    static ServiceInstance instance(String serviceId, int index, URI uri) {
        boolean secure = "https".equals(uri.getScheme());
        int port = uri.getPort() != -1 ? uri.getPort() : secure ? 443 : 80;
        return new DefaultServiceInstance(serviceId + "-" + (index + 1), serviceId, uri.getHost(), port, secure);
    }
}
