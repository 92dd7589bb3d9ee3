package fr.creneau.notification.notice.command;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import fr.creneau.notification.notice.domain.NewNotice;
import fr.creneau.notification.notice.domain.Notice;
import fr.creneau.notification.notice.domain.NoticeStatus;
import fr.creneau.platform.problem.ConflictException;
import fr.creneau.platform.problem.NotFoundException;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * Records notices and schedules their sending in the caller's transaction: a notice is either recorded and
 * scheduled, or neither; a second request for the same (event, kind, channel) does nothing.
 */
@Service
public class Notices {

    /** The durable task that sends one notice, by its id; delivery runs it. */
    public static final TaskDescriptor<String> SENDING = TaskDescriptor.of("send-notice", String.class);

    private final NoticeRepository notices;
    private final SchedulerClient scheduler;
    private final SendingTrigger trigger;
    private final Clock clock;

    /** The scheduler is looked up lazily: its tasks need this service to record the notices they send. */
    Notices(NoticeRepository notices, @Lazy SchedulerClient scheduler, SendingTrigger trigger, Clock clock) {
        this.notices = notices;
        this.scheduler = scheduler;
        this.trigger = trigger;
        this.clock = clock;
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
        return notices.insertIfAbsent(notice, clock.instant()).map(this::sendNow).orElse(false);
    }

    private boolean sendNow(UUID id) {
        trigger.afterCommit();
        return scheduler.scheduleIfNotExists(
                SENDING.instance(id.toString()).data(id.toString()).scheduledTo(clock.instant()));
    }
}
