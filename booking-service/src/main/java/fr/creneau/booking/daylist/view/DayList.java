package fr.creneau.booking.daylist.view;

import fr.creneau.booking.appointment.view.AppointmentIndex;
import fr.creneau.booking.appointment.view.AppointmentSummary;
import fr.creneau.booking.catalog.domain.AppointmentType;
import fr.creneau.booking.catalog.domain.Counter;
import fr.creneau.booking.catalog.view.Catalog;
import fr.creneau.booking.contact.domain.ContactDetails;
import fr.creneau.booking.contact.view.ContactVault;
import fr.creneau.booking.counterday.domain.BookingStatus;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static fr.creneau.booking.counterday.domain.BookingStatus.ATTENDED;
import static fr.creneau.booking.counterday.domain.BookingStatus.AWAITING_APPROVAL;
import static fr.creneau.booking.counterday.domain.BookingStatus.CONFIRMED;
import static fr.creneau.booking.counterday.domain.BookingStatus.NO_SHOW;

/** The appointments a commune expects on one day (not the lapsed holds nor the moved ones), earliest first. */
@Component
public class DayList {

    private static final Set<BookingStatus> EXPECTED = Set.of(AWAITING_APPROVAL, CONFIRMED, ATTENDED, NO_SHOW);

    private final AppointmentIndex index;
    private final ContactVault vault;
    private final Catalog catalog;

    DayList(AppointmentIndex index, ContactVault vault, Catalog catalog) {
        this.index = index;
        this.vault = vault;
        this.catalog = catalog;
    }

    public List<DayListLine> of(String communeId, LocalDate day, ZoneId zone, String counterId, String agentId) {
        return index.agenda(communeId, day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant(),
                        counterId, agentId).stream()
                .filter(appointment -> EXPECTED.contains(appointment.status()))
                .map(this::line)
                .toList();
    }

    private DayListLine line(AppointmentSummary appointment) {
        Optional<AppointmentType> type = catalog.appointmentType(appointment.appointmentTypeId());
        Optional<Counter> counter = catalog.counter(appointment.counterId());
        String placeId = counter.map(Counter::placeId).orElse(null);
        String placeName = placeId == null ? null : catalog.place(placeId).map(place -> place.name()).orElse(null);
        Optional<ContactDetails> citizen = index.sealedContact(appointment.appointmentId())
                .flatMap(sealed -> vault.open(appointment.appointmentId(), sealed));
        return new DayListLine(appointment.appointmentId(), appointment.status(), appointment.start(), appointment.end(),
                appointment.appointmentTypeId(), type.map(AppointmentType::label).orElse(null),
                appointment.optionId(), type.flatMap(t -> optionLabel(t, appointment.optionId())).orElse(null),
                appointment.counterId(), counter.map(Counter::name).orElse(null), placeId, placeName,
                appointment.persons(), appointment.agentId(), appointment.channel(),
                citizen.map(ContactDetails::fullName).orElse(null), citizen.map(ContactDetails::email).orElse(null),
                citizen.map(ContactDetails::mobile).orElse(null), citizen.map(ContactDetails::antsNumbers).orElse(List.of()),
                citizen.map(ContactDetails::remark).orElse(null));
    }

    private static Optional<String> optionLabel(AppointmentType type, String optionId) {
        if (optionId == null || type.options() == null) {
            return Optional.empty();
        }
        return type.options().stream().filter(option -> optionId.equals(option.optionId()))
                .map(AppointmentType.Option::label).findFirst();
    }
}
