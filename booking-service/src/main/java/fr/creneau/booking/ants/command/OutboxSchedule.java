package fr.creneau.booking.ants.command;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import fr.creneau.booking.ants.adapter.AntsProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Empties the ANTS outbox every few seconds, on one instance at a time (db-scheduler picks it). */
@Configuration
class OutboxSchedule {

    @Bean
    RecurringTask<Void> antsOutboxTask(OutboxSender sender, AntsProperties properties) {
        return Tasks.recurring("ants-outbox", FixedDelay.of(properties.outbox().pollInterval()))
                .execute((instance, context) -> sender.sendDue());
    }
}
