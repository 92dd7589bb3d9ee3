package fr.creneau.notification.deadletter.web;

import fr.creneau.notification.deadletter.view.DeadLetterLog;
import fr.creneau.platform.identity.AgentRoles;
import fr.creneau.identity.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
class DeadLetterController {

    private final DeadLetterLog log;

    DeadLetterController(DeadLetterLog log) {
        this.log = log;
    }

    @AgentRoles(Role.PLATFORM_ADMIN)
    @GetMapping("/api/notifications/dead-letters")
    List<DeadLetterLog.DeadLetter> deadLetters(@RequestParam(defaultValue = "100") int limit) {
        return log.latest(Math.max(1, Math.min(limit, 1000)));
    }
}
