package fr.creneau.notification.booking.domain;

import fr.creneau.notification.notice.domain.NoticeKind;

import java.time.Instant;
import java.util.Map;

/** A notice an event calls for, before its channels are chosen; {@code expiresAt}: not worth sending after, or null. */
public record PlannedNotice(NoticeKind kind, Map<String, Object> fields, Instant expiresAt) {

    public PlannedNotice(NoticeKind kind, Map<String, Object> fields) {
        this(kind, fields, null);
    }
}
