package fr.creneau.notification.notice;

/** How a message reaches its recipient. */
public enum MessageChannel {
    SMS,
    EMAIL
}
