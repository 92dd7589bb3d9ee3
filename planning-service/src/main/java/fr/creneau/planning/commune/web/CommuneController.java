package fr.creneau.planning.commune.web;

import fr.creneau.identity.Role;
import fr.creneau.planning.capacity.domain.HolidayPolicy;
import fr.creneau.planning.capacity.domain.PublicHoliday;
import fr.creneau.planning.commune.command.ChangeCommuneSettings;
import fr.creneau.planning.commune.command.ChangeHolidayPolicy;
import fr.creneau.planning.commune.command.CreateCommune;
import fr.creneau.planning.commune.domain.CommuneSlug;
import fr.creneau.planning.commune.view.CommuneView;
import fr.creneau.planning.shared.web.CommuneScope;
import fr.creneau.platform.identity.AgentRoles;
import fr.creneau.platform.problem.ConflictException;
import fr.creneau.platform.problem.InvalidRequestException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

@RestController
@RequestMapping("/api/planning/communes")
class CommuneController {

    private final CommandGateway commands;
    private final CommuneScope scope;

    CommuneController(CommandGateway commands, CommuneScope scope) {
        this.commands = commands;
        this.scope = scope;
    }

    @AgentRoles(Role.PLATFORM_ADMIN)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CommuneView create(@RequestBody CreateCommuneRequest request) {
        if (request.slug() == null || request.slug().isBlank()) {
            throw new InvalidRequestException("Le champ « slug » (l'identifiant de la commune dans les adresses, "
                    + "par exemple villeneuve-sur-lot) est obligatoire.");
        }
        String slug = CommuneSlug.check(request.slug());
        if (scope.exists(slug)) {
            throw new ConflictException("La commune « %s » existe déjà.".formatted(slug));
        }
        commands.sendAndWait(new CreateCommune(slug, request.name(), request.timeZoneOrDefault(),
                request.subscriptionOrNone()));
        return scope.commune(slug);
    }

    @GetMapping("/{communeId}")
    CommuneView describe(@PathVariable String communeId) {
        return scope.commune(communeId);
    }

    @AgentRoles(Role.COMMUNE_ADMIN)
    @PutMapping("/{communeId}")
    CommuneView changeSettings(@PathVariable String communeId, @RequestBody CommuneSettingsRequest request) {
        CommuneView commune = scope.commune(communeId);
        commands.sendAndWait(new ChangeCommuneSettings(communeId, request.name() == null ? commune.name() : request.name(),
                request.retentionMonths() == null ? commune.retentionMonths() : request.retentionMonths()));
        return scope.commune(communeId);
    }

    @AgentRoles(Role.COMMUNE_ADMIN)
    @PutMapping("/{communeId}/holidays")
    CommuneView changeHolidays(@PathVariable String communeId, @RequestBody HolidayPolicyRequest request) {
        scope.commune(communeId);
        commands.sendAndWait(new ChangeHolidayPolicy(communeId,
                new HolidayPolicy(request.disabled(), request.alsaceMoselle())));
        return scope.commune(communeId);
    }

    @GetMapping("/{communeId}/holidays")
    List<HolidayResponse> holidays(@PathVariable String communeId, @RequestParam int year) {
        if (year < 1900 || year > 2200) {
            throw new InvalidRequestException("L'année doit être comprise entre 1900 et 2200.");
        }
        HolidayPolicy policy = scope.commune(communeId).holidays();
        return Arrays.stream(PublicHoliday.values())
                .map(holiday -> new HolidayResponse(holiday.in(year), holiday.name(), holiday.label(),
                        policy.observes(holiday)))
                .sorted(Comparator.comparing(HolidayResponse::date))
                .toList();
    }
}
