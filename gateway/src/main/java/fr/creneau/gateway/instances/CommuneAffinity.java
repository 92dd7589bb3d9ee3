package fr.creneau.gateway.instances;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.DefaultResponse;
import org.springframework.cloud.client.loadbalancer.EmptyResponse;
import org.springframework.cloud.client.loadbalancer.Request;
import org.springframework.cloud.client.loadbalancer.RequestData;
import org.springframework.cloud.client.loadbalancer.RequestDataContext;
import org.springframework.cloud.client.loadbalancer.Response;
import org.springframework.cloud.loadbalancer.core.NoopServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.core.ReactorServiceInstanceLoadBalancer;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * booking-service's instances for a request: a commune's writes always go to the same instance, its reads and the
 * rest in turn. A counter-day belongs to one commune, so its commands then run on one instance, whose cached day is
 * always the last one written and whose queue batches them; spread over two instances, almost every command of a
 * rush ran twice, the later one failing on the event store's unique key (276 conflicts for 315 commands in the
 * rush test). Reads take no turn and stay spread. Without health checks, an instance that is down takes its
 * communes' writes with it until it is back, as it took every other request before.
 */
class CommuneAffinity implements ReactorServiceInstanceLoadBalancer {

    private static final Pattern COMMUNE = Pattern.compile("^/api/booking/(?:agent/)?communes/([^/]+)");

    private final ObjectProvider<ServiceInstanceListSupplier> instances;
    private final AtomicInteger turn = new AtomicInteger();

    CommuneAffinity(ObjectProvider<ServiceInstanceListSupplier> instances) {
        this.instances = instances;
    }

    @Override
    public Mono<Response<ServiceInstance>> choose(Request request) {
        ServiceInstanceListSupplier supplier = instances.getIfAvailable(NoopServiceInstanceListSupplier::new);
        return supplier.get(request).next().map(found -> pick(found, request));
    }

    Response<ServiceInstance> pick(List<ServiceInstance> found, Request<?> request) {
        if (found.isEmpty()) {
            return new EmptyResponse();
        }
        List<ServiceInstance> sorted = found.stream().sorted(Comparator.comparing(ServiceInstance::getInstanceId))
                .toList();
        String commune = writingCommune(request);
        int index = commune == null ? turn.getAndIncrement() : commune.hashCode();
        return new DefaultResponse(sorted.get(Math.floorMod(index, sorted.size())));
    }

    /** The commune a write names in its path, or null for a read or a path without one. */
    static String writingCommune(Request<?> request) {
        if (!(request.getContext() instanceof RequestDataContext context) || context.getClientRequest() == null) {
            return null;
        }
        RequestData data = context.getClientRequest();
        if (HttpMethod.GET.equals(data.getHttpMethod()) || HttpMethod.HEAD.equals(data.getHttpMethod())) {
            return null;
        }
        Matcher matcher = COMMUNE.matcher(data.getUrl().getRawPath());
        return matcher.find() ? matcher.group(1) : null;
    }
}
