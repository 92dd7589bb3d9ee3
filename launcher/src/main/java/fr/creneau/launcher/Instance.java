package fr.creneau.launcher;

/**
 * One process of a service: the first is named after its module, the others get a number ("booking-service-2").
 * The host is where this machine reaches it: the loopback for a service, the gateway's own address for a gateway.
 */
record Instance(Service service, int number, String host, int port, int managementPort) {

    String name() {
        return number == 1 ? service.module() : service.module() + "-" + number;
    }

    String url() {
        return "http://" + host + ":" + port;
    }

    /** Where its /actuator/health answers: a gateway's on its management port, bound to the loopback. */
    String actuatorUrl() {
        return service == Service.GATEWAY ? "http://" + StackBuilder.LOOPBACK + ":" + managementPort : url();
    }
}
