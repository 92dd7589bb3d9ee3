package fr.creneau.notification.agenda.command;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/** Checks every five minutes, in one instance at a time (db-scheduler), whether a commune's list is due. */
@Configuration(proxyBeanMethods = false)
class DailyAgendaTask {

    @Bean
    RecurringTask<Void> agentAgendaTask(DailyAgenda agenda) {
        return Tasks.recurring("agent-daily-agenda", FixedDelay.of(Duration.ofMinutes(5)))
                .execute((instance, context) -> agenda.sendDue());
    }
}
