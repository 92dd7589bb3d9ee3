package fr.creneau.booking.ants.command;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import fr.creneau.booking.ants.adapter.AntsProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * Empties the ANTS outbox every few seconds, and purges what is past its retention every hour or so, each on one
 * instance at a time (db-scheduler picks it).
 */
@Configuration
class OutboxSchedule {

    @Bean
    RecurringTask<Void> antsOutboxTask(OutboxSender sender, AntsProperties properties) {
        return Tasks.recurring("ants-outbox", FixedDelay.of(properties.outbox().pollInterval()))
                .execute((instance, context) -> sender.sendDue());
    }

    @Bean
    RecurringTask<Void> antsPurgeTask(AntsPurge purge, AntsProperties properties, Clock clock) {
        return Tasks.recurring("ants-purge", FixedDelay.of(properties.purge().interval()))
                .execute((instance, context) -> purge.purge(clock.instant()));
    }
}
