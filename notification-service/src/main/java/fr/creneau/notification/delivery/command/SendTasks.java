package fr.creneau.notification.delivery.command;

import fr.creneau.notification.notice.command.Notices;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** The notices' durable send tasks, in db-scheduler's own table. */
@Component
class SendTasks {

    private final JdbcClient jdbc;

    SendTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Removes a notice's send task unless db-scheduler has already picked it (then it runs, finds the notice sent
     * and does nothing): one statement, where db-scheduler's cancel reads the task first.
     */
    void removeWaiting(UUID noticeId) {
        jdbc.sql("DELETE FROM scheduled_tasks WHERE task_name = :task AND task_instance = :id AND picked = false")
                .param("task", Notices.SENDING.getTaskName()).param("id", noticeId.toString())
                .update();
    }
}
