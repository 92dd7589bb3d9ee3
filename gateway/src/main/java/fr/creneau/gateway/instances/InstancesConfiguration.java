package fr.creneau.gateway.instances;

import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InstancesConfiguration {

    @Bean
    ReactiveDiscoveryClient configuredInstances(ServiceAddresses addresses) {
        return new ConfiguredInstances(addresses);
    }
}
