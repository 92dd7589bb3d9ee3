package fr.creneau.notification.api;

/** How an SMS is encoded, which decides how many characters fit in a segment (160/153 or 70/67). */
public enum SmsEncoding {
    GSM_7,
    UCS_2
}
