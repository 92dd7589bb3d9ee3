package fr.creneau.notification.delivery.command;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import fr.creneau.notification.config.NotificationProperties;
import fr.creneau.notification.notice.command.Notices;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.UUID;

/**
 * Sending is a durable db-scheduler task per notice: a failure (provider down, breaker open, contact not known yet)
 * is retried with exponential backoff, across restarts; after the last attempt the notice goes to the dead letters.
 */
@Configuration(proxyBeanMethods = false)
class SendNoticeTask {

    @Bean
    FastLaneThreads fastLaneThreads(@Value("${creneau.notification.delivery.fast-lane.threads:16}") int threads,
            @Value("${creneau.notification.delivery.fast-lane.queue:500}") int queue) {
        return FastLaneThreads.of(threads, queue);
    }

    @Bean
    OneTimeTask<String> noticeSendingTask(NoticeDispatcher dispatcher, DeadNotices deadNotices,
            NotificationProperties properties) {
        NotificationProperties.Delivery delivery = properties.delivery();
        FailureHandler<String> backoff = new FailureHandler.ExponentialBackoffFailureHandler<>(
                delivery.firstRetry(), delivery.backoffMultiplier());
        return Tasks.oneTime(Notices.SENDING)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(delivery.maxAttempts() - 1, backoff,
                        (complete, operations) -> deadNotices.giveUp(
                                UUID.fromString((String) complete.getExecution().taskInstance.getData()),
                                complete.getCause().map(Throwable::toString).orElse("échec"))))
                .execute((instance, context) -> dispatcher.dispatch(UUID.fromString(instance.getData())));
    }
}
