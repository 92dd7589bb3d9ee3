package fr.creneau.booking.counterday.domain;

/** What the appointment is about, with the labels of the time it was booked (no personal data). */
public record AppointmentDetails(
        String appointmentTypeId,
        String appointmentTypeLabel,
        String optionId,
        String optionLabel,
        String serviceId,
        String placeId,
        String placeName,
        String placeAddress,
        String counterName,
        String timeZone,
        String citizenInformation,
        boolean approvalRequired) {
}
