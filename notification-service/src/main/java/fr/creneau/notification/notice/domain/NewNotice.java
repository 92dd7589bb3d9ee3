package fr.creneau.notification.notice.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A notice to record. {@code recipient} is null when it is the citizen's, looked up from the appointment's contact
 * when the notice is sent; {@code mergeData} holds the merge fields known when the event arrived; {@code expiresAt},
 * if any, is when it is no longer worth sending (a one-time code past its validity).
 */
public record NewNotice(
        String eventId,
        NoticeKind kind,
        MessageChannel channel,
        String communeId,
        String appointmentId,
        String appointmentTypeId,
        String recipient,
        Map<String, Object> mergeData,
        Instant expiresAt) {

    public NewNotice {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(communeId, "communeId");
        mergeData = mergeData == null ? Map.of() : Map.copyOf(mergeData);
    }

    /** A notice that is worth sending however late it goes. */
    public NewNotice(String eventId, NoticeKind kind, MessageChannel channel, String communeId, String appointmentId,
            String appointmentTypeId, String recipient, Map<String, Object> mergeData) {
        this(eventId, kind, channel, communeId, appointmentId, appointmentTypeId, recipient, mergeData, null);
    }
}
