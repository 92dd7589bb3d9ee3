package fr.creneau.notification.notice.command;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import fr.creneau.notification.notice.domain.NewNotice;
import fr.creneau.notification.notice.domain.Notice;
import fr.creneau.notification.notice.domain.NoticeRecorded;
import fr.creneau.notification.notice.domain.NoticeStatus;
import fr.creneau.platform.problem.ConflictException;
import fr.creneau.platform.problem.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Records notices and schedules their sending in the caller's transaction: a notice is either recorded and
 * scheduled, or neither; a second request for the same (event, kind, channel) does nothing. A new notice's durable
 * send task is scheduled {@code fallback-after} ahead, as the safety net of delivery's fast lane, which sends it from
 * memory as soon as the transaction commits ({@link NoticeRecorded}).
 */
@Service
public class Notices {

    /** The durable task that sends one notice, by its id; delivery runs it. */
    public static final TaskDescriptor<String> SENDING = TaskDescriptor.of("send-notice", String.class);

    private final NoticeRepository notices;
    private final SchedulerClient scheduler;
    private final SendingTrigger trigger;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Duration fallbackAfter;

    /** The scheduler is looked up lazily: its tasks need this service to record the notices they send. */
    Notices(NoticeRepository notices, @Lazy SchedulerClient scheduler, SendingTrigger trigger, Clock clock,
            ApplicationEventPublisher events,
            @Value("${creneau.notification.delivery.fast-lane.fallback-after:2m}") Duration fallbackAfter) {
        this.notices = notices;
        this.scheduler = scheduler;
        this.trigger = trigger;
        this.clock = clock;
        this.events = events;
        this.fallbackAfter = fallbackAfter;
    }

    /** Sends a dead notice again, from its first attempt: once its cause (a wrong number, a long outage) is fixed. */
    @Transactional
    public void retry(String communeId, UUID id) {
        Notice notice = notices.find(id).filter(n -> n.communeId().equals(communeId))
                .orElseThrow(() -> new NotFoundException("Aucune notification « %s » pour cette commune.".formatted(id)));
        if (notice.status() != NoticeStatus.DEAD) {
            throw new ConflictException("Seule une notification abandonnée (DEAD) peut être renvoyée ; celle-ci est %s."
                    .formatted(notice.status()), Map.of("status", notice.status().name()));
        }
        notices.revive(id, clock.instant());
        sendNow(id);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(NewNotice notice) {
        Instant now = clock.instant();
        Optional<UUID> recorded = notices.insertIfAbsent(notice, now);
        if (recorded.isEmpty()) {
            return false;
        }
        UUID id = recorded.get();
        // a batch of one is a plain INSERT: the id is new, so db-scheduler's look for an existing task is not needed
        scheduler.scheduleBatch(List.<SchedulableInstance<?>>of(
                SENDING.instance(id.toString()).data(id.toString()).scheduledTo(now.plus(fallbackAfter))));
        events.publishEvent(new NoticeRecorded(new Notice(id, notice.eventId(), notice.kind(), notice.channel(),
                notice.communeId(), notice.appointmentId(), notice.appointmentTypeId(), notice.recipient(),
                notice.mergeData(), notice.expiresAt(), NoticeStatus.PENDING, 0), now));
        return true;
    }

    /** Moves a notice's durable send task to {@code at}: when the fast lane could not send it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void sendByTaskAt(UUID id, Instant at) {
        if (!at.isAfter(clock.instant())) {
            trigger.afterCommit();
        }
        scheduler.reschedule(SENDING.instanceId(id.toString()), at);
    }

    private boolean sendNow(UUID id) {
        trigger.afterCommit();
        return scheduler.scheduleIfNotExists(
                SENDING.instance(id.toString()).data(id.toString()).scheduledTo(clock.instant()));
    }
}
