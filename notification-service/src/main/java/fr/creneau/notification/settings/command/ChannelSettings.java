package fr.creneau.notification.settings.command;

import fr.creneau.notification.config.NotificationProperties;
import fr.creneau.notification.notice.domain.MessageChannel;
import fr.creneau.notification.notice.domain.NoticeKind;
import fr.creneau.platform.cache.ShortLivedReads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which channels a notice goes on. The appointment type's choice wins over the commune's, which wins over the
 * default: citizens' notices by SMS and e-mail, agents' by e-mail. Only the channels this installation sends on
 * (NOTIFICATION_CHANNELS) are ever given: a citizen's notice whose choice names none of them goes on those it has.
 * Every notice asks, so the choices are kept a few seconds: another instance learns a change within that time.
 */
@Repository
public class ChannelSettings {

    public static final String COMMUNE_WIDE = "";

    private final JdbcClient jdbc;
    private final Set<MessageChannel> enabled;
    private final ShortLivedReads reads = new ShortLivedReads(Duration.ofSeconds(5));

    ChannelSettings(JdbcClient jdbc, NotificationProperties properties) {
        this.jdbc = jdbc;
        this.enabled = properties.channels();
    }

    public Set<MessageChannel> channelsFor(String communeId, String appointmentTypeId, NoticeKind kind) {
        Set<MessageChannel> chosen = stored(communeId, appointmentTypeId == null ? COMMUNE_WIDE : appointmentTypeId, kind)
                .or(() -> stored(communeId, COMMUNE_WIDE, kind))
                .orElseGet(() -> defaults(kind));
        return usable(chosen, kind);
    }

    /** The channels this installation sends on. */
    public Set<MessageChannel> enabled() {
        return EnumSet.copyOf(enabled);
    }

    static Set<MessageChannel> defaults(NoticeKind kind) {
        return kind.forAgents() ? EnumSet.of(MessageChannel.EMAIL) : EnumSet.allOf(MessageChannel.class);
    }

    /**
     * An empty choice is the commune's (that notice is not sent). Agents' notices go by e-mail or not at all; a
     * citizen's notice chosen for channels the installation no longer has goes on those it has.
     */
    private Set<MessageChannel> usable(Set<MessageChannel> chosen, NoticeKind kind) {
        if (chosen.isEmpty()) {
            return EnumSet.noneOf(MessageChannel.class);
        }
        Set<MessageChannel> kept = EnumSet.copyOf(chosen);
        kept.retainAll(enabled);
        return kept.isEmpty() && !kind.forAgents() ? enabled() : kept;
    }

    public void save(String communeId, String appointmentTypeId, NoticeKind kind, Set<MessageChannel> channels) {
        jdbc.sql("""
                        INSERT INTO channel_setting (commune_id, appointment_type_id, kind, channels)
                        VALUES (:c, :t, :kind, :channels)
                        ON CONFLICT (commune_id, appointment_type_id, kind) DO UPDATE SET channels = excluded.channels""")
                .param("c", communeId).param("t", appointmentTypeId).param("kind", kind.name())
                .param("channels", channels.stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .update();
        reads.forget();
    }

    public void clear(String communeId, String appointmentTypeId) {
        jdbc.sql("DELETE FROM channel_setting WHERE commune_id = :c AND appointment_type_id = :t")
                .param("c", communeId).param("t", appointmentTypeId).update();
        reads.forget();
    }

    private Optional<Set<MessageChannel>> stored(String communeId, String appointmentTypeId, NoticeKind kind) {
        return reads.get(List.of(communeId, appointmentTypeId, kind), () -> read(communeId, appointmentTypeId, kind));
    }

    private Optional<Set<MessageChannel>> read(String communeId, String appointmentTypeId, NoticeKind kind) {
        return jdbc.sql("""
                        SELECT channels FROM channel_setting
                        WHERE commune_id = :c AND appointment_type_id = :t AND kind = :kind""")
                .param("c", communeId).param("t", appointmentTypeId).param("kind", kind.name())
                .query(String.class)
                .optional()
                .map(ChannelSettings::parse)
                .map(Collections::unmodifiableSet);
    }

    private static Set<MessageChannel> parse(String channels) {
        Set<MessageChannel> set = EnumSet.noneOf(MessageChannel.class);
        Arrays.stream(channels.split(",")).filter(s -> !s.isBlank()).map(MessageChannel::valueOf).forEach(set::add);
        return set;
    }
}
