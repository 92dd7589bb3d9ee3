package fr.creneau.gateway.instances;

import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@LoadBalancerClient(name = "booking", configuration = BookingBalancing.class)
class InstancesConfiguration {

    @Bean
    ReactiveDiscoveryClient configuredInstances(ServiceAddresses addresses) {
        return new ConfiguredInstances(addresses);
    }
}
