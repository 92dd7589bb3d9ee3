package fr.creneau.notification.delivery.command;

import fr.creneau.notification.billing.command.SmsBudgetWatch;
import fr.creneau.notification.billing.command.SmsGate;
import fr.creneau.notification.billing.command.SmsRefusal;
import fr.creneau.notification.compose.command.NoticeComposer;
import fr.creneau.notification.compose.domain.Composition;
import fr.creneau.notification.compose.domain.OutboundMessage;
import fr.creneau.notification.delivery.domain.Receipt;
import fr.creneau.notification.delivery.domain.Senders;
import fr.creneau.notification.notice.command.NoticeRepository;
import fr.creneau.notification.notice.domain.MessageChannel;
import fr.creneau.notification.notice.domain.Notice;
import fr.creneau.notification.notice.domain.NoticeKind;
import fr.creneau.notification.notice.domain.NoticeStatus;
import fr.creneau.notification.publishing.command.SmsEvents;
import fr.creneau.notification.sms.domain.SmsPricing;
import fr.creneau.notification.sms.domain.SmsSegments;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Sends one notice, once: a notice already finished is left alone; every attempt and its outcome is recorded; a
 * failure is rethrown so that the send task retries it later. A sent SMS is recorded together with its
 * {@code SmsSent} event, in one transaction.
 */
@Component
class NoticeDispatcher {

    private final NoticeRepository notices;
    private final NoticeComposer composer;
    private final Senders senders;
    private final SmsPricing pricing;
    private final SmsEvents smsEvents;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final SmsGate gate;
    private final SmsRefusal refusal;
    private final SmsBudgetWatch budget;
    private final SendTasks tasks;

    NoticeDispatcher(NoticeRepository notices, NoticeComposer composer, Senders senders, SmsPricing pricing,
            SmsEvents smsEvents, Clock clock, PlatformTransactionManager transactions, SmsGate gate,
            SmsRefusal refusal, SmsBudgetWatch budget, SendTasks tasks) {
        this.tasks = tasks;
        this.gate = gate;
        this.refusal = refusal;
        this.budget = budget;
        this.notices = notices;
        this.composer = composer;
        this.senders = senders;
        this.pricing = pricing;
        this.smsEvents = smsEvents;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The send task's way: the notice as recorded now, left alone if it is finished. */
    void dispatch(UUID id) {
        Notice notice = notices.find(id).orElse(null);
        if (notice == null || notice.status().finished()) {
            return;
        }
        dispatch(notice, false);
    }

    /** The fast lane's way: a notice just recorded, from memory; a send removes its task with the send's record. */
    void dispatchRecorded(Notice notice) {
        dispatch(notice, true);
    }

    private void dispatch(Notice notice, boolean fastLane) {
        UUID id = notice.id();
        if (notice.channel() == MessageChannel.SMS && !gate.smsAllowed(notice.communeId())) {
            transaction.executeWithoutResult(status -> refusal.refuse(notice));
            return;
        }
        try {
            Composition composition = composer.compose(notice);
            if (composition instanceof Composition.Ready ready) {
                send(notice, ready.message(), fastLane);
            } else if (composition instanceof Composition.Skipped skipped) {
                notices.markFinished(id, skipped.expired() ? NoticeStatus.EXPIRED : NoticeStatus.SKIPPED,
                        skipped.reason(), clock.instant());
            }
        } catch (RuntimeException e) {
            notices.recordFailure(id, e.toString(), clock.instant());
            throw e;
        }
    }

    private void send(Notice notice, OutboundMessage message, boolean fastLane) {
        Receipt receipt = senders.send(message);
        SmsSegments.SmsLength length = message.channel() == MessageChannel.SMS ? SmsSegments.of(message.body()) : null;
        Integer segments = length == null ? null : length.segments();
        BigDecimal cost = length == null ? null : pricing.cost(length.segments());
        boolean secret = notice.kind() == NoticeKind.ONE_TIME_CODE;
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            notices.markSent(notice.id(), new NoticeRepository.Sent(message.to(), secret ? null : message.subject(),
                    secret ? null : message.body(), segments, cost,
                    receipt.providerId(), receipt.transport()), now);
            if (length != null) {
                smsEvents.sent(notice.communeId(), notice.id(), notice.appointmentId(), notice.kind().name(), length,
                        cost, now);
                budget.afterSms(notice.communeId());
            }
            if (fastLane) {
                tasks.removeWaiting(notice.id());
            }
        });
    }
}
