package fr.creneau.booking.appointment.web;

/** The agenda's optional filters as the agent asked for them (a blank one is no filter). */
record AgendaQuery(String counterId, String placeId, String serviceId, String agentId) {

    AgendaQuery {
        counterId = blankToNull(counterId);
        placeId = blankToNull(placeId);
        serviceId = blankToNull(serviceId);
        agentId = blankToNull(agentId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
