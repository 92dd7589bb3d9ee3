package fr.creneau.booking.availability.web;

import fr.creneau.booking.availability.view.AvailabilityFinder;
import fr.creneau.booking.availability.view.BookingRules;
import fr.creneau.booking.availability.view.PartOfDay;
import fr.creneau.booking.availability.view.PartnerPolicy;
import fr.creneau.booking.availability.view.Slot;
import fr.creneau.booking.availability.view.SlotSearch;
import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.Role;
import fr.creneau.platform.identity.AgentRoles;
import fr.creneau.platform.problem.InvalidRequestException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import static fr.creneau.platform.text.Texts.blankToNull;

/** Free slots: as citizens may book them on the portal, and as agents may book them for a caller. */
@RestController
class AvailabilityController {

    private static final int MAX_DAYS = 92;
    private static final int MAX_SLOTS = 2000;

    private final AvailabilityFinder finder;
    private final BookingRules rules;

    AvailabilityController(AvailabilityFinder finder, BookingRules rules) {
        this.finder = finder;
        this.rules = rules;
    }

    record Availability(List<Slot> slots) {
    }

    @GetMapping("/api/booking/communes/{communeId}/availability")
    Availability availability(@PathVariable String communeId,
            @RequestParam String appointmentTypeId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "1") int persons,
            @RequestParam(required = false) String optionId,
            @RequestParam(required = false) String placeId,
            @RequestParam(required = false) String agentId,
            @RequestParam(required = false) Set<DayOfWeek> weekdays,
            @RequestParam(required = false) PartOfDay partOfDay,
            @RequestParam(defaultValue = "" + MAX_SLOTS) int limit) {
        return find(new SlotSearch(communeId, appointmentTypeId, from, to, persons, blankToNull(optionId),
                blankToNull(placeId), blankToNull(agentId), weekdays, partOfDay, true, limit));
    }

    /**
     * Also the types and places not shown on the portal, for an agent booking on the phone or at the desk, or for a
     * partner the types open to their partner type.
     */
    @AgentRoles({Role.COMMUNE_ADMIN, Role.SERVICE_MANAGER, Role.AGENT, Role.PARTNER})
    @GetMapping("/api/booking/agent/communes/{communeId}/availability")
    Availability agentAvailability(@PathVariable String communeId,
            @RequestParam String appointmentTypeId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "1") int persons,
            @RequestParam(required = false) String optionId,
            @RequestParam(required = false) String placeId,
            @RequestParam(required = false) String agentId,
            @RequestParam(required = false) Set<DayOfWeek> weekdays,
            @RequestParam(required = false) PartOfDay partOfDay,
            @RequestParam(defaultValue = "" + MAX_SLOTS) int limit,
            AgentIdentity caller) {
        if (caller.isOnlyAPartner()) {
            PartnerPolicy.assertMayBook(caller, rules.bookableType(communeId, appointmentTypeId, false), null);
        }
        return find(new SlotSearch(communeId, appointmentTypeId, from, to, persons, blankToNull(optionId),
                blankToNull(placeId), blankToNull(agentId), weekdays, partOfDay, false, limit));
    }

    private Availability find(SlotSearch search) {
        if (search.to().isBefore(search.from()) || ChronoUnit.DAYS.between(search.from(), search.to()) > MAX_DAYS) {
            throw new InvalidRequestException(
                    "La période demandée doit aller de « from » à « to » (au plus %d jours).".formatted(MAX_DAYS));
        }
        if (search.limit() < 1 || search.limit() > MAX_SLOTS) {
            throw new InvalidRequestException("« limit » doit être compris entre 1 et %d.".formatted(MAX_SLOTS));
        }
        return new Availability(finder.find(search));
    }
}
