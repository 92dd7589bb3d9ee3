package fr.creneau.booking.retention.command;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

/** Runs the retention job every hour on one instance only (db-scheduler picks one). */
@Configuration
class RetentionSchedule {

    @Bean
    RecurringTask<Void> personalDataRetentionTask(PersonalDataRetention retention, Clock clock) {
        return Tasks.recurring("personal-data-retention", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> retention.eraseDue(clock.instant()));
    }
}
