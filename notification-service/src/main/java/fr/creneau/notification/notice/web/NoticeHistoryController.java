package fr.creneau.notification.notice.web;

import fr.creneau.notification.notice.command.Notices;
import fr.creneau.notification.notice.view.NoticeHistory;
import fr.creneau.platform.problem.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** The notices of an appointment of the commune, and a new try for one given up; another commune's are unknown. */
@RestController
class NoticeHistoryController {

    private final NoticeHistory history;
    private final Notices notices;

    NoticeHistoryController(NoticeHistory history, Notices notices) {
        this.history = history;
        this.notices = notices;
    }

    @GetMapping("/api/notifications/communes/{communeId}/appointments/{appointmentId}/notices")
    List<NoticeHistory.NoticeRecord> notices(@PathVariable String communeId, @PathVariable String appointmentId) {
        if (!history.knows(communeId, appointmentId)) {
            throw new NotFoundException("Aucun rendez-vous « %s » dans cette commune.".formatted(appointmentId));
        }
        return history.of(communeId, appointmentId);
    }

    @PostMapping("/api/notifications/communes/{communeId}/notices/{noticeId}/retry")
    ResponseEntity<Void> retry(@PathVariable String communeId, @PathVariable UUID noticeId) {
        notices.retry(communeId, noticeId);
        return ResponseEntity.accepted().build();
    }
}
