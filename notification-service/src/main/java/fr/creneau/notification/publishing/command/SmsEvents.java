package fr.creneau.notification.publishing.command;

import fr.creneau.notification.api.SmsDelivered;
import fr.creneau.notification.api.SmsDeliveryFailed;
import fr.creneau.notification.api.SmsEncoding;
import fr.creneau.notification.api.SmsSent;
import fr.creneau.notification.shared.domain.NewIds;
import fr.creneau.notification.sms.domain.SmsSegments;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

/** Turns what happened to an SMS into notification-api records, appended to the outbox in the caller's transaction. */
@Component
public class SmsEvents {

    private final NotificationOutbox outbox;
    private final NewIds ids;

    SmsEvents(NotificationOutbox outbox, NewIds ids) {
        this.outbox = outbox;
        this.ids = ids;
    }

    /** {@code kind}: the notice's kind (CONFIRMATION, REMINDER...). */
    public void sent(String communeId, UUID noticeId, String appointmentId, String kind, SmsSegments.SmsLength length,
            BigDecimal cost, Instant at) {
        outbox.append(new SmsSent(newEventId(), at, communeId, noticeId.toString(), appointmentId, kind,
                length.segments(), SmsEncoding.valueOf(length.encoding().name()), cents(cost)));
    }

    public void delivered(String communeId, UUID noticeId, Instant at) {
        outbox.append(new SmsDelivered(newEventId(), at, communeId, noticeId.toString()));
    }

    public void notDelivered(String communeId, UUID noticeId, String errorCode, Instant at) {
        outbox.append(new SmsDeliveryFailed(newEventId(), at, communeId, noticeId.toString(), errorCode));
    }

    /** The price per segment may have more decimals than a cent (SMS_PRICE_EUR=0.0725): the cost is rounded. */
    static long cents(BigDecimal euros) {
        return euros == null ? 0 : euros.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private String newEventId() {
        return ids.next().toString();
    }
}
