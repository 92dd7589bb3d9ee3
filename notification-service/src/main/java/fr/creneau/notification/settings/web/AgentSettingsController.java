package fr.creneau.notification.settings.web;

import fr.creneau.notification.settings.command.AgentSettings;
import fr.creneau.platform.identity.AgentRoles;
import fr.creneau.identity.Role;
import fr.creneau.platform.problem.InvalidRequestException;
import fr.creneau.platform.problem.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalTime;
import java.util.List;
import java.util.regex.Pattern;

/** The agents' e-mail addresses of a commune and whether they get the next day's list, and at what time. */
@RestController
@RequestMapping("/api/notifications/communes/{communeId}/agents")
class AgentSettingsController {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s,]+@[^@\\s,]+\\.[^@\\s,]+$");
    private static final LocalTime DEFAULT_TIME = LocalTime.of(17, 0);

    private final AgentSettings settings;

    AgentSettingsController(AgentSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    AgentSettings.AgentSetting get(@PathVariable String communeId) {
        return settings.find(communeId).orElseThrow(() -> new NotFoundException(
                "Aucune adresse d'agent n'est enregistrée pour la commune « %s ».".formatted(communeId)));
    }

    @AgentRoles(Role.COMMUNE_ADMIN)
    @PutMapping
    AgentSettings.AgentSetting put(@PathVariable String communeId, @RequestBody AgentSettingsBody body) {
        List<String> emails = body.emails() == null ? List.of() : body.emails().stream().map(String::trim).toList();
        emails.stream().filter(email -> !EMAIL.matcher(email).matches()).findFirst().ifPresent(email -> {
            throw new InvalidRequestException("L'adresse e-mail « %s » n'est pas valide.".formatted(email));
        });
        settings.save(new AgentSettings.AgentSetting(communeId, emails, Boolean.TRUE.equals(body.dailyAgenda()),
                body.dailyAgendaTime() == null ? DEFAULT_TIME : body.dailyAgendaTime()));
        return get(communeId);
    }

    record AgentSettingsBody(List<String> emails, Boolean dailyAgenda, LocalTime dailyAgendaTime) {
    }
}
