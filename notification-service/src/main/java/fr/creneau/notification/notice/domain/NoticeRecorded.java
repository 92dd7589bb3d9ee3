package fr.creneau.notification.notice.domain;

import java.time.Instant;

/**
 * A notice due now was recorded, with its durable send task scheduled {@code fallbackAt}: published in the
 * transaction that recorded it, for delivery's fast lane to send it once that transaction has committed.
 */
public record NoticeRecorded(Notice notice, Instant recordedAt, Instant fallbackAt) {
}
