package fr.creneau.notification.reminder.command;

import fr.creneau.notification.reminder.domain.Delay;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** When reminders go: the appointment type's choice, else the commune's, else 48 h before. */
@Repository
public class ReminderSettings {

    public static final String COMMUNE_WIDE = "";
    static final List<Delay> DEFAULT = List.of(Delay.ofMinutes(48 * 60));

    private final JdbcClient jdbc;

    ReminderSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Delay> delaysFor(String communeId, String appointmentTypeId) {
        return stored(communeId, appointmentTypeId == null ? COMMUNE_WIDE : appointmentTypeId)
                .or(() -> stored(communeId, COMMUNE_WIDE))
                .orElse(DEFAULT);
    }

    public Optional<List<Delay>> stored(String communeId, String appointmentTypeId) {
        return jdbc.sql("SELECT offsets_minutes FROM reminder_setting WHERE commune_id = :c AND appointment_type_id = :t")
                .param("c", communeId).param("t", appointmentTypeId)
                .query((rs, row) -> delays(rs.getArray(1)))
                .optional();
    }

    public void save(String communeId, String appointmentTypeId, List<Delay> delays) {
        Integer[] minutes = delays.stream().map(delay -> (int) delay.minutes()).distinct().sorted().toArray(Integer[]::new);
        jdbc.sql("""
                        INSERT INTO reminder_setting (commune_id, appointment_type_id, offsets_minutes)
                        VALUES (:c, :t, :minutes)
                        ON CONFLICT (commune_id, appointment_type_id) DO UPDATE SET offsets_minutes = excluded.offsets_minutes""")
                .param("c", communeId).param("t", appointmentTypeId).param("minutes", minutes)
                .update();
    }

    public boolean clear(String communeId, String appointmentTypeId) {
        return jdbc.sql("DELETE FROM reminder_setting WHERE commune_id = :c AND appointment_type_id = :t")
                .param("c", communeId).param("t", appointmentTypeId).update() > 0;
    }

    private static List<Delay> delays(Array array) throws SQLException {
        return Arrays.stream((Integer[]) array.getArray()).map(Delay::ofMinutes).sorted().toList();
    }
}
