package fr.creneau.notification.webhook.command;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import fr.creneau.notification.config.WebhookProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.UUID;

/**
 * A delivery is a durable db-scheduler task: an attempt that fails is retried with exponential backoff, across
 * restarts and by whichever instance picks it; after the last attempt the delivery is marked failed, for a replay.
 */
@Configuration(proxyBeanMethods = false)
class WebhookDeliveryTask {

    @Bean
    OneTimeTask<String> webhookAttempts(DeliverWebhook deliver, WebhookProperties properties) {
        FailureHandler<String> backoff = new FailureHandler.ExponentialBackoffFailureHandler<>(
                properties.firstRetry(), properties.backoffMultiplier());
        return Tasks.oneTime(WebhookDeliveries.DELIVERY)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(properties.maxAttempts() - 1, backoff,
                        (complete, operations) -> deliver.giveUp(
                                UUID.fromString((String) complete.getExecution().taskInstance.getData()))))
                .execute((instance, context) -> deliver.attempt(UUID.fromString(instance.getData())));
    }
}
