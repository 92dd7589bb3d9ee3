package fr.creneau.notification.booking.domain;

import fr.creneau.notification.notice.domain.NoticeKind;

import java.util.Map;

/** A notice an event calls for, before its channels are chosen. */
public record PlannedNotice(NoticeKind kind, Map<String, Object> fields) {
}
