package fr.creneau.notification.billing.command;

import fr.creneau.notification.notice.command.NoticeRepository;
import fr.creneau.notification.notice.command.Notices;
import fr.creneau.notification.notice.domain.MessageChannel;
import fr.creneau.notification.notice.domain.NewNotice;
import fr.creneau.notification.notice.domain.Notice;
import fr.creneau.notification.notice.domain.NoticeStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * An SMS recorded before its commune lost the right to send SMS (option switched off, budget spent) is not sent: it
 * is marked skipped, and the same notice goes by e-mail to the citizen's address, when the notice is the citizen's.
 */
@Component
public class SmsRefusal {

    static final String REASON = "SMS non envoyé : l'option SMS de la commune est désactivée ou son budget SMS du mois "
            + "est atteint ; le message part par e-mail.";

    private final NoticeRepository repository;
    private final Notices notices;
    private final Clock clock;

    SmsRefusal(NoticeRepository repository, Notices notices, Clock clock) {
        this.repository = repository;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void refuse(Notice sms) {
        repository.markFinished(sms.id(), NoticeStatus.SKIPPED, REASON, clock.instant());
        if (sms.recipient() == null && !sms.kind().forAgents()) {
            notices.enqueue(new NewNotice(sms.eventId(), sms.kind(), MessageChannel.EMAIL, sms.communeId(),
                    sms.appointmentId(), sms.appointmentTypeId(), null, sms.mergeData(), sms.expiresAt()));
        }
    }
}
