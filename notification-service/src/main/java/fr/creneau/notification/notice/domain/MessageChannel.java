package fr.creneau.notification.notice.domain;

/** How a message reaches its recipient. */
public enum MessageChannel {
    SMS,
    EMAIL
}
