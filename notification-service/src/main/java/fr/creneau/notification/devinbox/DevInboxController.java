package fr.creneau.notification.devinbox;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
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
