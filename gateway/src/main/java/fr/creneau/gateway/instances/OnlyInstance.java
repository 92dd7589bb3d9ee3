package fr.creneau.gateway.instances;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.LoadBalancerUriTools;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ReactiveLoadBalancerClientFilter;
import org.springframework.cloud.gateway.support.DelegatingServiceInstance;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_SCHEME_PREFIX_ATTR;

/**
 * A service listed with one instance is called there directly: Spring Cloud's load-balancer filter, which comes
 * next, then lets the request pass. It has nothing to choose there, yet for each request it copied the request's
 * headers and cookies twice, looked its lifecycle processors and hints up, and asked the instances' supplier.
 */
@Component
class OnlyInstance implements GlobalFilter, Ordered {

    private final Map<String, ServiceInstance> instances;

    OnlyInstance(ServiceAddresses addresses) {
        this.instances = addresses.services().entrySet().stream()
                .filter(service -> service.getValue().size() == 1)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                        service -> direct(ConfiguredInstances.instance(service.getKey(), 0, service.getValue().get(0)))));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        URI url = exchange.getAttribute(GATEWAY_REQUEST_URL_ATTR);
        if (url != null && "lb".equals(url.getScheme()) && exchange.getAttribute(GATEWAY_SCHEME_PREFIX_ATTR) == null) {
            ServiceInstance instance = instances.get(url.getHost());
            if (instance != null) {
                exchange.getAttributes().put(GATEWAY_REQUEST_URL_ATTR,
                        LoadBalancerUriTools.reconstructURI(instance, exchange.getRequest().getURI()));
            }
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return ReactiveLoadBalancerClientFilter.LOAD_BALANCER_CLIENT_FILTER_ORDER - 1;
    }

    /** As the load-balancer filter hands its choice on: its scheme from whether it is secure. */
    private static ServiceInstance direct(ServiceInstance instance) {
        return new DelegatingServiceInstance(instance, instance.isSecure() ? "https" : "http");
    }
}
