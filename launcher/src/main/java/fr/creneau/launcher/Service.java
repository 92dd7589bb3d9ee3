package fr.creneau.launcher;

/** The five deployables, with what the launcher needs to know to start each one. */
public enum Service {
    PLANNING("planning-service", 8081, "creneau_planning", "PLANNING_URL"),
    BOOKING("booking-service", 8082, "creneau_booking", "BOOKING_URL"),
    NOTIFICATION("notification-service", 8083, "creneau_notification", "NOTIFICATION_URL"),
    STATS("stats-service", 8084, "creneau_stats", "STATS_URL"),
    GATEWAY("gateway", 8080, "creneau_gateway", null);

    private final String module;
    private final int defaultPort;
    private final String database;
    private final String urlVariable;

    Service(String module, int defaultPort, String database, String urlVariable) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.database = database;
        this.urlVariable = urlVariable;
    }

    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The database this service owns (the gateway's holds the agents' accounts). */
    public String database() {
        return database;
    }

    /** The gateway's environment variable that points at this service. */
    public String urlVariable() {
        return urlVariable;
    }

    public boolean isBackend() {
        return this != GATEWAY;
    }
}
