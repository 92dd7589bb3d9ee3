package fr.creneau.notification.delivery.command;

import fr.creneau.notification.deadletter.command.DeadLetterPublisher;
import fr.creneau.notification.notice.command.NoticeRepository;
import fr.creneau.notification.notice.domain.NoticeStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A notice whose every attempt failed: marked dead, and published on the dead-letter topic for people to see. */
@Component
class DeadNotices {

    private static final Logger log = LoggerFactory.getLogger(DeadNotices.class);

    private final NoticeRepository notices;
    private final DeadLetterPublisher deadLetters;
    private final Clock clock;

    DeadNotices(NoticeRepository notices, DeadLetterPublisher deadLetters, Clock clock) {
        this.notices = notices;
        this.deadLetters = deadLetters;
        this.clock = clock;
    }

    void giveUp(UUID id, String lastError) {
        notices.find(id).ifPresent(notice -> {
            notices.markFinished(id, NoticeStatus.DEAD, lastError, clock.instant());
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("noticeId", id.toString());
            payload.put("eventId", notice.eventId());
            payload.put("kind", notice.kind().name());
            payload.put("channel", notice.channel().name());
            payload.put("communeId", notice.communeId());
            payload.put("appointmentId", notice.appointmentId());
            try {
                deadLetters.publish("notification-service.send", id.toString(), payload, lastError);
            } catch (RuntimeException e) {
                log.error("Notice {} is dead but could not be published on the dead-letter topic", id, e);
            }
        });
    }
}
