package fr.creneau.notification.notice;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
class NoticeHistoryController {

    private final NoticeHistory history;

    NoticeHistoryController(NoticeHistory history) {
        this.history = history;
    }

    @GetMapping("/api/notifications/communes/{communeId}/appointments/{appointmentId}/notices")
    List<NoticeHistory.NoticeRecord> notices(@PathVariable String communeId, @PathVariable String appointmentId) {
        return history.of(communeId, appointmentId);
    }
}
