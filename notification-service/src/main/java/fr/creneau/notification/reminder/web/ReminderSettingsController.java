package fr.creneau.notification.reminder.web;

import fr.creneau.notification.planning.view.AppointmentTypes;
import fr.creneau.notification.reminder.command.ReminderSettings;
import fr.creneau.notification.reminder.domain.Delay;
import fr.creneau.platform.identity.AgentRoles;
import fr.creneau.identity.Role;
import fr.creneau.platform.problem.InvalidRequestException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** When reminders go, per commune and per appointment type; new settings apply to appointments booked or moved after. */
@RestController
@RequestMapping("/api/notifications/communes/{communeId}")
class ReminderSettingsController {

    private final ReminderSettings settings;
    private final AppointmentTypes types;

    ReminderSettingsController(ReminderSettings settings, AppointmentTypes types) {
        this.settings = settings;
        this.types = types;
    }

    @GetMapping("/reminders")
    ReminderDelays commune(@PathVariable String communeId) {
        return view(settings.delaysFor(communeId, null), settings.stored(communeId, ReminderSettings.COMMUNE_WIDE).isEmpty());
    }

    @AgentRoles(Role.COMMUNE_ADMIN)
    @PutMapping("/reminders")
    ReminderDelays setCommune(@PathVariable String communeId, @RequestBody ReminderDelays body) {
        settings.save(communeId, ReminderSettings.COMMUNE_WIDE, parse(body));
        return commune(communeId);
    }

    @GetMapping("/appointment-types/{typeId}/reminders")
    ReminderDelays type(@PathVariable String communeId, @PathVariable String typeId) {
        types.requireOf(communeId, typeId);
        return view(settings.delaysFor(communeId, typeId), settings.stored(communeId, typeId).isEmpty());
    }

    @AgentRoles(Role.COMMUNE_ADMIN)
    @PutMapping("/appointment-types/{typeId}/reminders")
    ReminderDelays setType(@PathVariable String communeId, @PathVariable String typeId,
            @RequestBody ReminderDelays body) {
        types.requireOf(communeId, typeId);
        settings.save(communeId, typeId, parse(body));
        return type(communeId, typeId);
    }

    @AgentRoles(Role.COMMUNE_ADMIN)
    @DeleteMapping("/appointment-types/{typeId}/reminders")
    ResponseEntity<Void> clearType(@PathVariable String communeId, @PathVariable String typeId) {
        types.requireOf(communeId, typeId);
        settings.clear(communeId, typeId);
        return ResponseEntity.noContent().build();
    }

    private static List<Delay> parse(ReminderDelays body) {
        if (body == null || body.delays() == null) {
            throw new InvalidRequestException("Indiquez la liste « delays » des délais de rappel, par exemple [\"48h\", \"2h\"] "
                    + "(une liste vide supprime les rappels).");
        }
        if (body.delays().size() > 5) {
            throw new InvalidRequestException("Pas plus de 5 rappels par rendez-vous.");
        }
        return body.delays().stream().map(Delay::parse).toList();
    }

    private static ReminderDelays view(List<Delay> delays, boolean inherited) {
        return new ReminderDelays(delays.stream().sorted((a, b) -> b.compareTo(a)).map(Delay::text).toList(), inherited);
    }

    /** {@code inherited}: true when these delays come from the commune or the default, not from this level. */
    record ReminderDelays(List<String> delays, Boolean inherited) {
    }
}
