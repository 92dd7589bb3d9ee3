package fr.creneau.booking.onetimecode.command;

import fr.creneau.booking.onetimecode.domain.CodeHash;
import fr.creneau.booking.onetimecode.domain.PendingCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.sql.Types;
import java.util.Optional;

/** The one_time_code table: one pending code per hold. */
@Repository
class PendingCodes {

    private final JdbcClient jdbc;

    PendingCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(PendingCode code) {
        jdbc.sql("""
                        INSERT INTO one_time_code (appointment_id, salt, code_hash, expires_at, tries_left, resends_left,
                            last_sent_at, recipient)
                        VALUES (:id, :salt, :hash, :expiresAt, :triesLeft, :resendsLeft, :lastSentAt, :recipient)
                        ON CONFLICT (appointment_id) DO UPDATE SET salt = EXCLUDED.salt, code_hash = EXCLUDED.code_hash,
                            expires_at = EXCLUDED.expires_at, tries_left = EXCLUDED.tries_left,
                            resends_left = EXCLUDED.resends_left, last_sent_at = EXCLUDED.last_sent_at""")
                .param("id", code.appointmentId())
                .param("salt", code.hash().salt(), Types.BINARY)
                .param("hash", code.hash().hash())
                .param("expiresAt", Timestamp.from(code.expiresAt()))
                .param("triesLeft", code.triesLeft())
                .param("resendsLeft", code.resendsLeft())
                .param("lastSentAt", Timestamp.from(code.lastSentAt()))
                .param("recipient", code.sealedRecipient())
                .update();
    }

    /** The pending code, locked until the end of the transaction so that two tries cannot both count as one. */
    Optional<PendingCode> lock(String appointmentId) {
        return jdbc.sql("SELECT * FROM one_time_code WHERE appointment_id = :id FOR UPDATE")
                .param("id", appointmentId)
                .query((rs, row) -> new PendingCode(rs.getString("appointment_id"),
                        new CodeHash(rs.getBytes("salt"), rs.getBytes("code_hash")),
                        rs.getTimestamp("expires_at").toInstant(), rs.getInt("tries_left"), rs.getInt("resends_left"),
                        rs.getTimestamp("last_sent_at").toInstant(), rs.getString("recipient")))
                .optional();
    }

    void delete(String appointmentId) {
        jdbc.sql("DELETE FROM one_time_code WHERE appointment_id = :id").param("id", appointmentId).update();
    }
}
