package fr.creneau.booking.daylist.view;

import fr.creneau.booking.counterday.domain.BookingStatus;

import java.time.Instant;
import java.util.List;

/** One appointment of the day's list, with the names agents read and the citizen while their data is kept. */
public record DayListLine(
        String appointmentId,
        BookingStatus status,
        Instant start,
        Instant end,
        String appointmentTypeId,
        String appointmentTypeLabel,
        String optionId,
        String optionLabel,
        String counterId,
        String counterName,
        String placeId,
        String placeName,
        int persons,
        String agentId,
        String channel,
        String fullName,
        String email,
        String mobile,
        List<String> antsNumbers,
        String remark) {

    public DayListLine {
        antsNumbers = antsNumbers == null ? List.of() : List.copyOf(antsNumbers);
    }
}
