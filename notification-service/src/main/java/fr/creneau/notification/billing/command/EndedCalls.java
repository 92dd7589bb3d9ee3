package fr.creneau.notification.billing.command;

import fr.creneau.booking.api.VoiceCallEnded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;

/** Keeps each ended call once, by Twilio's id of the call: a callback reported twice counts once. */
@Repository
public class EndedCalls {

    private final JdbcClient jdbc;

    EndedCalls(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(VoiceCallEnded call) {
        jdbc.sql("""
                        INSERT INTO voice_call (call_sid, commune_id, ended_at, duration_seconds, minutes)
                        VALUES (:sid, :c, :at, :seconds, :minutes) ON CONFLICT (call_sid) DO NOTHING""")
                .param("sid", call.eventId()).param("c", call.communeId()).param("at", Timestamp.from(call.occurredAt()))
                .param("seconds", call.durationSeconds()).param("minutes", call.minutes()).update();
    }
}
