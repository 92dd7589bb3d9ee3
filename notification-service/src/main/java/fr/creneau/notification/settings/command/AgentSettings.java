package fr.creneau.notification.settings.command;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Time;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Where a commune's agents get bookings to approve and, if they want it, the next day's list. */
@Repository
public class AgentSettings {

    private final JdbcClient jdbc;

    AgentSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AgentSetting> find(String communeId) {
        return jdbc.sql("SELECT * FROM agent_setting WHERE commune_id = :c").param("c", communeId)
                .query((rs, row) -> new AgentSetting(rs.getString("commune_id"), split(rs.getString("emails")),
                        rs.getBoolean("daily_agenda"), rs.getTime("daily_agenda_time").toLocalTime()))
                .optional();
    }

    public List<AgentSetting> withDailyAgenda() {
        return jdbc.sql("SELECT * FROM agent_setting WHERE daily_agenda")
                .query((rs, row) -> new AgentSetting(rs.getString("commune_id"), split(rs.getString("emails")),
                        true, rs.getTime("daily_agenda_time").toLocalTime()))
                .list();
    }

    public void save(AgentSetting setting) {
        jdbc.sql("""
                        INSERT INTO agent_setting (commune_id, emails, daily_agenda, daily_agenda_time)
                        VALUES (:c, :emails, :daily, :time)
                        ON CONFLICT (commune_id) DO UPDATE SET emails = excluded.emails,
                            daily_agenda = excluded.daily_agenda, daily_agenda_time = excluded.daily_agenda_time""")
                .param("c", setting.communeId()).param("emails", String.join(",", setting.emails()))
                .param("daily", setting.dailyAgenda()).param("time", Time.valueOf(setting.dailyAgendaTime()))
                .update();
    }

    private static List<String> split(String emails) {
        return Arrays.stream(emails.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** {@code dailyAgendaTime}: Paris wall-clock time at which the next day's list goes out. */
    public record AgentSetting(String communeId, List<String> emails, boolean dailyAgenda, LocalTime dailyAgendaTime) {
        public AgentSetting {
            emails = List.copyOf(emails);
        }
    }
}
