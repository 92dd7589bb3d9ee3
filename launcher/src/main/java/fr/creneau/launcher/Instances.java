package fr.creneau.launcher;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where each process of a stack listens: the first instance of a service on the port asked for, the others on free
 * ports. A gateway listens on its own address; the services on the loopback.
 */
final class Instances {

    private final Map<Service, List<Instance>> byService = new EnumMap<>(Service.class);

    Instances(StackBuilder settings) {
        for (Service service : Service.values()) {
            List<Instance> ofService = new ArrayList<>();
            String host = service == Service.GATEWAY ? settings.gatewayHost() : StackBuilder.LOOPBACK;
            ofService.add(new Instance(service, 1, host, settings.ports.get(service), settings.gatewayManagementPort));
            for (int number = 2; number <= settings.instances.get(service); number++) {
                ofService.add(new Instance(service, number, host, LocalMachine.freePort(), LocalMachine.freePort()));
            }
            byService.put(service, List.copyOf(ofService));
        }
    }

    List<Instance> of(Service service) {
        return byService.get(service);
    }

    /** Every instance, services first and gateways last, in the order they start. */
    Stream<Instance> inStartOrder() {
        return Stream.of(Service.values()).flatMap(service -> byService.get(service).stream());
    }

    String url(Service service) {
        return byService.get(service).get(0).url();
    }

    List<String> urls(Service service) {
        return byService.get(service).stream().map(Instance::url).toList();
    }
}
