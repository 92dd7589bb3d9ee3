package fr.creneau.notification.notice.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.creneau.notification.notice.domain.MessageChannel;
import fr.creneau.notification.notice.domain.Notice;
import fr.creneau.notification.notice.domain.NoticeKind;
import fr.creneau.notification.notice.domain.NoticeStatus;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Map;
import java.util.UUID;

/** A row of the notice table read as a notice, and the merge fields written as the JSON it keeps them in. */
@Component
class NoticeRows {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final ObjectMapper json;

    NoticeRows(ObjectMapper json) {
        this.json = json;
    }

    Notice notice(ResultSet rs, int row) throws SQLException {
        Timestamp expiresAt = rs.getTimestamp("expires_at");
        return new Notice(
                rs.getObject("id", UUID.class),
                rs.getString("event_id"),
                NoticeKind.valueOf(rs.getString("kind")),
                MessageChannel.valueOf(rs.getString("channel")),
                rs.getString("commune_id"),
                rs.getString("appointment_id"),
                rs.getString("appointment_type_id"),
                rs.getString("recipient"),
                mergeData(rs.getString("merge_data")),
                expiresAt == null ? null : expiresAt.toInstant(),
                NoticeStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"));
    }

    String json(Map<String, Object> mergeData) {
        try {
            return json.writeValueAsString(mergeData);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("merge data cannot be written as JSON", e);
        }
    }

    private Map<String, Object> mergeData(String data) {
        if (data == null) {
            return Map.of();
        }
        try {
            return json.readValue(data, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("merge data is not JSON", e);
        }
    }
}
