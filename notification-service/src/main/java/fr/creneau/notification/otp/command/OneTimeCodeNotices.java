package fr.creneau.notification.otp.command;

import fr.creneau.notification.billing.command.SmsGate;
import fr.creneau.booking.api.OneTimeCode;
import fr.creneau.notification.notice.command.Notices;
import fr.creneau.notification.notice.domain.MessageChannel;
import fr.creneau.notification.notice.domain.NewNotice;
import fr.creneau.notification.notice.domain.NoticeKind;
import fr.creneau.notification.settings.command.ChannelSettings;
import fr.creneau.notification.shared.domain.WallClock;
import fr.creneau.notification.template.domain.AppointmentFields;
import fr.creneau.notification.template.domain.MergeField;
import fr.creneau.platform.messaging.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One notice per channel the commune uses for codes and the citizen gave an address for; when there is none, on any
 * channel the installation sends on and the citizen gave an address for.
 */
@Service
public class OneTimeCodeNotices {

    private static final Logger log = LoggerFactory.getLogger(OneTimeCodeNotices.class);

    private final ProcessedEvents processed;
    private final Notices notices;
    private final ChannelSettings channels;
    private final SmsGate sms;

    OneTimeCodeNotices(ProcessedEvents processed, Notices notices, ChannelSettings channels, SmsGate sms) {
        this.sms = sms;
        this.processed = processed;
        this.notices = notices;
        this.channels = channels;
    }

    @Transactional
    public void handle(OneTimeCode code) {
        if (!processed.firstTime("notification-otp", code.eventId())) {
            return;
        }
        Map<String, Object> fields = new HashMap<>();
        fields.put(MergeField.CODE.key(), code.code());
        fields.put(MergeField.BENEFICIAIRE.key(), code.fullName() == null ? "" : code.fullName());
        if (code.expiresAt() != null) {
            fields.put(MergeField.VALIDITE_CODE.key(), WallClock.time(code.expiresAt(), WallClock.PARIS));
            fields.put(AppointmentFields.CODE_EXPIRES, code.expiresAt().toString());
        }
        if (code.locale() != null) {
            fields.put(AppointmentFields.LOCALE, code.locale());
        }
        List<MessageChannel> reachable = reachable(code, sms.allowed(code.communeId(),
                channels.channelsFor(code.communeId(), null, NoticeKind.ONE_TIME_CODE), NoticeKind.ONE_TIME_CODE));
        if (reachable.isEmpty()) {
            // without a code the citizen cannot confirm: any channel the installation has and they gave will do
            reachable = reachable(code, sms.allowed(code.communeId(), channels.enabled(), NoticeKind.ONE_TIME_CODE));
        }
        if (reachable.isEmpty()) {
            log.warn("One-time code of appointment {} not sent: no address on a channel this installation sends on",
                    code.appointmentId());
        }
        for (MessageChannel channel : reachable) {
            notices.enqueue(new NewNotice(code.eventId(), NoticeKind.ONE_TIME_CODE, channel, code.communeId(),
                    code.appointmentId(), null, address(code, channel), fields, code.expiresAt()));
        }
    }

    private static List<MessageChannel> reachable(OneTimeCode code, Set<MessageChannel> channels) {
        return channels.stream().filter(channel -> {
            String to = address(code, channel);
            return to != null && !to.isBlank();
        }).toList();
    }

    private static String address(OneTimeCode code, MessageChannel channel) {
        return channel == MessageChannel.SMS ? code.mobile() : code.email();
    }
}
