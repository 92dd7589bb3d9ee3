package fr.creneau.notification.support;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

/** What the service recorded about the notices sent to one recipient. */
public final class Notices {

    private Notices() {
    }

    public static List<String> statuses(JdbcClient jdbc, String recipient) {
        return jdbc.sql("SELECT status FROM notice WHERE recipient = :r ORDER BY created_at")
                .param("r", recipient).query(String.class).list();
    }

    public static List<String> outcomes(JdbcClient jdbc, String recipient) {
        return jdbc.sql("""
                        SELECT a.outcome FROM notice_attempt a JOIN notice n ON n.id = a.notice_id
                        WHERE n.recipient = :r ORDER BY a.id""")
                .param("r", recipient).query(String.class).list();
    }

    public static List<String> details(JdbcClient jdbc, String recipient) {
        return jdbc.sql("""
                        SELECT coalesce(a.detail, '') FROM notice_attempt a JOIN notice n ON n.id = a.notice_id
                        WHERE n.recipient = :r ORDER BY a.id""")
                .param("r", recipient).query(String.class).list();
    }
}
