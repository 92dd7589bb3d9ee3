package fr.creneau.launcher;

/** One process of a service: the first is named after its module, the others get a number ("booking-service-2"). */
record Instance(Service service, int number, int port) {

    String name() {
        return number == 1 ? service.module() : service.module() + "-" + number;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }
}
