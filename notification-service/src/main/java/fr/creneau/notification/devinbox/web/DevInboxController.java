package fr.creneau.notification.devinbox.web;

import fr.creneau.notification.devinbox.view.DevInbox;
import fr.creneau.notification.devinbox.view.DevInboxMessage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The dev inbox's list, served only when it was asked for (CRENEAU_DEV_INBOX=true): it shows every recipient, code
 * and link, to whoever asks.
 */
@RestController
@ConditionalOnProperty(name = "creneau.dev-inbox.enabled", havingValue = "true")
class DevInboxController {

    private final DevInbox inbox;

    DevInboxController(DevInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/api/notifications/dev-inbox")
    List<DevInboxMessage> inbox(@RequestParam(defaultValue = "200") int limit) {
        return inbox.latest(Math.max(1, Math.min(limit, 1000)));
    }
}
