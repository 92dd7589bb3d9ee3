package fr.creneau.notification.settings;

import fr.creneau.notification.notice.MessageChannel;
import fr.creneau.notification.notice.NoticeKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which channels a notice goes on. The appointment type's choice wins over the commune's, which wins over the
 * default: citizens' notices by SMS and e-mail, agents' by e-mail.
 */
@Repository
public class ChannelSettings {

    static final String COMMUNE_WIDE = "";

    private final JdbcClient jdbc;

    ChannelSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<MessageChannel> channelsFor(String communeId, String appointmentTypeId, NoticeKind kind) {
        return stored(communeId, appointmentTypeId == null ? COMMUNE_WIDE : appointmentTypeId, kind)
                .or(() -> stored(communeId, COMMUNE_WIDE, kind))
                .orElseGet(() -> defaults(kind));
    }

    public static Set<MessageChannel> defaults(NoticeKind kind) {
        return kind.forAgents() ? EnumSet.of(MessageChannel.EMAIL) : EnumSet.allOf(MessageChannel.class);
    }

    void save(String communeId, String appointmentTypeId, NoticeKind kind, Set<MessageChannel> channels) {
        jdbc.sql("""
                        INSERT INTO channel_setting (commune_id, appointment_type_id, kind, channels)
                        VALUES (:c, :t, :kind, :channels)
                        ON CONFLICT (commune_id, appointment_type_id, kind) DO UPDATE SET channels = excluded.channels""")
                .param("c", communeId).param("t", appointmentTypeId).param("kind", kind.name())
                .param("channels", channels.stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .update();
    }

    void clear(String communeId, String appointmentTypeId) {
        jdbc.sql("DELETE FROM channel_setting WHERE commune_id = :c AND appointment_type_id = :t")
                .param("c", communeId).param("t", appointmentTypeId).update();
    }

    private Optional<Set<MessageChannel>> stored(String communeId, String appointmentTypeId, NoticeKind kind) {
        return jdbc.sql("""
                        SELECT channels FROM channel_setting
                        WHERE commune_id = :c AND appointment_type_id = :t AND kind = :kind""")
                .param("c", communeId).param("t", appointmentTypeId).param("kind", kind.name())
                .query(String.class)
                .optional()
                .map(ChannelSettings::parse);
    }

    private static Set<MessageChannel> parse(String channels) {
        Set<MessageChannel> set = EnumSet.noneOf(MessageChannel.class);
        Arrays.stream(channels.split(",")).filter(s -> !s.isBlank()).map(MessageChannel::valueOf).forEach(set::add);
        return set;
    }
}
