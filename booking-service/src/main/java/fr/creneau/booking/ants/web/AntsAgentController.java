package fr.creneau.booking.ants.web;

import fr.creneau.booking.ants.command.SettingsChange;
import fr.creneau.booking.ants.view.CallLog;
import fr.creneau.booking.ants.view.SettingsView;
import fr.creneau.identity.Role;
import fr.creneau.platform.identity.AgentRoles;
import fr.creneau.platform.problem.InvalidRequestException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * A commune's link with the ANTS, for its agents: the settings (changed by its administrator only) and the log of
 * every call made for it and how it ended.
 */
@RestController
@RequestMapping("/api/booking/agent/communes/{communeId}/ants")
class AntsAgentController {

    private final SettingsView settings;
    private final SettingsChange change;
    private final CallLog calls;

    AntsAgentController(SettingsView settings, SettingsChange change, CallLog calls) {
        this.settings = settings;
        this.change = change;
        this.calls = calls;
    }

    @GetMapping("/settings")
    SettingsBody settings(@PathVariable String communeId) {
        return SettingsBody.of(settings.of(communeId));
    }

    @AgentRoles(Role.COMMUNE_ADMIN)
    @PutMapping("/settings")
    SettingsBody save(@PathVariable String communeId, @RequestBody SettingsBody body) {
        change.save(body.toSettings(communeId));
        return settings(communeId);
    }

    @GetMapping("/calls")
    List<CallLog.Call> calls(@PathVariable String communeId, @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidRequestException("« limit » est compris entre 1 et 1000.");
        }
        return calls.of(communeId, limit);
    }
}
