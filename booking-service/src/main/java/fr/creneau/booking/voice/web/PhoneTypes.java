package fr.creneau.booking.voice.web;

import fr.creneau.booking.portal.view.Portal;
import fr.creneau.booking.portal.view.PortalReader;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The types a caller can book on the keypad: those of the portal, eight at most (keys 1 to 8), but not those booked
 * with a person the citizen chooses (the mayor, an élu): the README says why they are left to the web and the mairie.
 */
@Component
class PhoneTypes {

    static final int MAX_TYPES = 8;

    private final PortalReader portals;

    PhoneTypes(PortalReader portals) {
        this.portals = portals;
    }

    List<Portal.AppointmentType> of(String communeId) {
        return portals.portalOf(communeId).map(Portal::appointmentTypes).orElse(List.of()).stream()
                .filter(type -> !"AGENT".equals(type.bookableWith()))
                .limit(MAX_TYPES).toList();
    }

    Optional<Portal.AppointmentType> find(String communeId, String typeId) {
        return of(communeId).stream().filter(type -> type.appointmentTypeId().equals(typeId)).findFirst();
    }
}
