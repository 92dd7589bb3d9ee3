package fr.creneau.booking.partner.web;

import fr.creneau.booking.appointment.view.AppointmentIndex;
import fr.creneau.booking.appointment.web.AppointmentView;
import fr.creneau.booking.catalog.domain.AppointmentType;
import fr.creneau.booking.catalog.view.Catalog;
import fr.creneau.booking.partner.view.PartnerBookings;
import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.Role;
import fr.creneau.platform.identity.AgentRoles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;

/** What a partner sees of the commune: the types open to them, and the appointments they booked, nothing else. */
@RestController
@RequestMapping("/api/booking/agent/communes/{communeId}/partner")
@AgentRoles(Role.PARTNER)
class PartnerController {

    private final Catalog catalog;
    private final PartnerBookings bookings;
    private final AppointmentIndex index;

    PartnerController(Catalog catalog, PartnerBookings bookings, AppointmentIndex index) {
        this.catalog = catalog;
        this.bookings = bookings;
        this.index = index;
    }

    record OpenType(String appointmentTypeId, String label, String details, List<AppointmentType.Option> options,
                    int maxPersons, boolean antsNumberRequired) {
    }

    @GetMapping("/appointment-types")
    List<OpenType> types(@PathVariable String communeId, AgentIdentity partner) {
        return catalog.appointmentTypesOf(communeId).stream()
                .filter(AppointmentType::active)
                .filter(type -> type.openToPartner(partner.partnerType()))
                .map(type -> new OpenType(type.appointmentTypeId(), type.label(), type.details(), type.options(),
                        type.maxPersons(), type.antsNumberRequired()))
                .toList();
    }

    /** Only the ones this account booked: an appointment erased since (retention, RGPD) is no longer listed. */
    @GetMapping("/appointments")
    List<AppointmentView> appointments(@PathVariable String communeId, AgentIdentity partner) {
        return bookings.bookedBy(communeId, partner.accountId()).stream()
                .map(index::find)
                .flatMap(Optional::stream)
                .filter(summary -> summary.communeId().equals(communeId))
                .map(AppointmentView::of)
                .toList();
    }
}
