package fr.creneau.notification.reminder.command;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import fr.creneau.notification.reminder.domain.DueReminder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One db-scheduler task per reminder of an appointment, due at its start minus the delay. */
@Configuration(proxyBeanMethods = false)
class ReminderTask {

    static final TaskDescriptor<String> DESCRIPTOR = TaskDescriptor.of("reminder", String.class);

    @Bean
    OneTimeTask<String> dueReminderTask(ReminderNotices notices) {
        return Tasks.oneTime(DESCRIPTOR)
                .execute((instance, context) -> notices.fire(DueReminder.parse(instance.getData())));
    }
}
