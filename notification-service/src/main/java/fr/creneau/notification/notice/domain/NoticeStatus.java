package fr.creneau.notification.notice.domain;

/** Where a notice stands; only PENDING is still to be sent. */
public enum NoticeStatus {
    PENDING,
    SENT,
    DELIVERED,
    UNDELIVERED,
    SKIPPED,
    EXPIRED,
    DEAD;

    public boolean finished() {
        return this != PENDING;
    }
}
