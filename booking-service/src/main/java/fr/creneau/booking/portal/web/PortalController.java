package fr.creneau.booking.portal.web;

import fr.creneau.booking.portal.view.Portal;
import fr.creneau.booking.portal.view.PortalReader;
import fr.creneau.platform.problem.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Public: the first thing a commune's booking page asks for. */
@RestController
class PortalController {

    private final PortalReader portals;

    PortalController(PortalReader portals) {
        this.portals = portals;
    }

    @GetMapping("/api/booking/communes/{communeId}/portal")
    Portal portal(@PathVariable String communeId) {
        return portals.portalOf(communeId).orElseThrow(() -> new NotFoundException(
                "La commune « %s » n'est pas connue de Créneau.".formatted(communeId)));
    }
}
