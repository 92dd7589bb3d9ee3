package fr.creneau.gateway.instances;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.ReactorLoadBalancer;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The load balancer of booking-service's routes, in Spring Cloud LoadBalancer's own context for that service (so
 * not a {@code @Configuration}, which the gateway's scan would apply to every service).
 */
class BookingBalancing {

    @Bean
    ReactorLoadBalancer<ServiceInstance> communeAffinity(Environment environment, LoadBalancerClientFactory factory) {
        String service = environment.getProperty(LoadBalancerClientFactory.PROPERTY_NAME);
        return new CommuneAffinity(factory.getLazyProvider(service, ServiceInstanceListSupplier.class));
    }
}
