package fr.creneau.booking.reservation.command;

import fr.creneau.booking.counterday.domain.BookingChannel;

import java.time.Instant;
import java.util.List;

/** A request for one slot, from a citizen (WEB) or from an agent for a citizen (PHONE, DESK). */
public record SlotRequest(
        String communeId,
        String appointmentTypeId,
        String optionId,
        String counterId,
        Instant start,
        int persons,
        String fullName,
        String email,
        String mobile,
        List<String> antsNumbers,
        BookingChannel channel,
        String agentId,
        String remark) {

    public SlotRequest {
        antsNumbers = antsNumbers == null ? List.of() : List.copyOf(antsNumbers);
    }

    public boolean byCitizen() {
        return channel == BookingChannel.WEB;
    }
}
