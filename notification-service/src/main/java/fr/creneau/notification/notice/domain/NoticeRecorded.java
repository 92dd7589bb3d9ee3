package fr.creneau.notification.notice.domain;

import java.time.Instant;

/**
 * A notice due now was recorded at {@code recordedAt}, its durable send task scheduled later as a safety net:
 * published in the transaction that recorded it, for delivery's fast lane to send it once that transaction commits.
 */
public record NoticeRecorded(Notice notice, Instant recordedAt) {
}
