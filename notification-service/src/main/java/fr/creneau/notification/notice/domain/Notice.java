package fr.creneau.notification.notice.domain;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A recorded notice, as the sender reads it. */
public record Notice(
        UUID id,
        String eventId,
        NoticeKind kind,
        MessageChannel channel,
        String communeId,
        String appointmentId,
        String appointmentTypeId,
        String recipient,
        Map<String, Object> mergeData,
        Instant expiresAt,
        NoticeStatus status,
        int attempts) {
}
