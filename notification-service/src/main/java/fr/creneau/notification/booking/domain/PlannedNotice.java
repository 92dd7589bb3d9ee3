package fr.creneau.notification.booking;

import fr.creneau.notification.notice.NoticeKind;

import java.util.Map;

/** A notice an event calls for, before its channels are chosen. */
record PlannedNotice(NoticeKind kind, Map<String, Object> fields) {
}
