package fr.creneau.booking.reservation.command;

import fr.creneau.booking.counterday.domain.BookingChannel;

import java.time.Instant;
import java.util.List;

/**
 * A request for one slot, from a citizen (WEB, or VOICE on the interactive voice server) or from an agent for a
 * citizen (PHONE, DESK). {@code numberProven}: the citizen calls from the mobile given, so no code is needed.
 * {@code antsNumbersLater}: a caller on the phone chose to book without the ANTS numbers the type asks for, and to
 * add them through the manage link an SMS brings. {@code locale}: the language of the page the citizen booked on, which
 * their notices are written in (none: French).
 */
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
        String remark,
        boolean numberProven,
        boolean antsNumbersLater,
        String locale) {

    public SlotRequest(String communeId, String appointmentTypeId, String optionId, String counterId, Instant start,
            int persons, String fullName, String email, String mobile, List<String> antsNumbers,
            BookingChannel channel, String agentId, String remark, boolean numberProven, boolean antsNumbersLater) {
        this(communeId, appointmentTypeId, optionId, counterId, start, persons, fullName, email, mobile, antsNumbers,
                channel, agentId, remark, numberProven, antsNumbersLater, null);
    }

    public SlotRequest(String communeId, String appointmentTypeId, String optionId, String counterId, Instant start,
            int persons, String fullName, String email, String mobile, List<String> antsNumbers,
            BookingChannel channel, String agentId, String remark) {
        this(communeId, appointmentTypeId, optionId, counterId, start, persons, fullName, email, mobile, antsNumbers,
                channel, agentId, remark, false, false, null);
    }

    /** The same request from a citizen who reads the given language. */
    public SlotRequest withLocale(String language) {
        return new SlotRequest(communeId, appointmentTypeId, optionId, counterId, start, persons, fullName, email,
                mobile, antsNumbers, channel, agentId, remark, numberProven, antsNumbersLater, language);
    }

    public SlotRequest {
        antsNumbers = antsNumbers == null ? List.of() : List.copyOf(antsNumbers);
        if (antsNumbersLater && channel != BookingChannel.VOICE) {
            throw new IllegalArgumentException("only a caller on the voice server may leave the ANTS numbers for later");
        }
    }

    public boolean byCitizen() {
        return channel == BookingChannel.WEB || channel == BookingChannel.VOICE;
    }

    /** A citizen proves the contact with a one-time code, unless the voice server saw the call come from it. */
    public boolean needsCode() {
        return byCitizen() && !numberProven;
    }
}
