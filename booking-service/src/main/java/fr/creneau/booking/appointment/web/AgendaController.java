package fr.creneau.booking.appointment.web;

import fr.creneau.booking.appointment.view.AgendaFilter;
import fr.creneau.booking.appointment.view.AppointmentIndex;
import fr.creneau.booking.catalog.view.Catalog;
import fr.creneau.booking.counterday.domain.BookingStatus;
import fr.creneau.identity.AgentIdentity;
import fr.creneau.platform.problem.InvalidRequestException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The agents' agenda: a commune's appointments over some days, by counter, place, service, agent or status if asked. */
@RestController
class AgendaController {

    private static final int MAX_DAYS = 62;

    private final AppointmentIndex index;
    private final Catalog catalog;
    private final AgendaFilters filters;

    AgendaController(AppointmentIndex index, Catalog catalog, AgendaFilters filters) {
        this.index = index;
        this.catalog = catalog;
        this.filters = filters;
    }

    @GetMapping("/api/booking/agent/communes/{communeId}/appointments")
    List<AppointmentView> agenda(@PathVariable String communeId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String counterId,
            @RequestParam(required = false) String placeId,
            @RequestParam(required = false) String serviceId,
            @RequestParam(required = false) String agentId,
            @RequestParam(required = false) BookingStatus status,
            AgentIdentity caller) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new InvalidRequestException(
                    "La période demandée doit aller de « from » à « to » (au plus %d jours).".formatted(MAX_DAYS));
        }
        ZoneId zone = catalog.zoneOf(communeId);
        AgendaFilter filter = filters.of(communeId, caller, new AgendaQuery(counterId, placeId, serviceId, agentId),
                status);
        return index.agenda(communeId, from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant(),
                filter).stream().map(AppointmentView::of).toList();
    }
}
