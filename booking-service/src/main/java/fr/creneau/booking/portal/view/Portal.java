package fr.creneau.booking.portal.view;

import java.util.List;

/**
 * A commune's booking page as the citizen's first screens need it: only the places and types shown on the portal,
 * and for a type booked with a chosen person (the mayor, an élu) the agents who can be chosen. A commune the
 * operator {@code suspended} shows none, and its page says so.
 */
public record Portal(String communeId, String name, String timeZone, List<Place> places,
                     List<AppointmentType> appointmentTypes, boolean suspended) {

    public record Place(String placeId, String name, String address, Double latitude, Double longitude) {
    }

    /**
     * @param citizenInformation what to bring (documents) and know before coming
     * @param placeIds the places where this type can be booked online
     */
    public record AppointmentType(String appointmentTypeId, String label, String details, int durationMinutes,
                                  List<Option> options, int maxPersons, String citizenInformation, String rgpdText,
                                  boolean antsNumberRequired, boolean approvalRequired, String bookableWith,
                                  String bookingHorizon, List<String> placeIds, List<Agent> agents) {
    }

    public record Option(String optionId, String label) {
    }

    public record Agent(String agentId, String displayName) {
    }
}
