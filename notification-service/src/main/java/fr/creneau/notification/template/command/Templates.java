package fr.creneau.notification.template.command;

import fr.creneau.notification.notice.domain.MessageChannel;
import fr.creneau.notification.notice.domain.NoticeKind;
import fr.creneau.notification.template.domain.Template;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** A commune's own texts, falling back to the defaults; a type's own texts, when it has some, win over both. */
@Repository
public class Templates {

    private final JdbcClient jdbc;
    private final DefaultTemplates defaults;
    private final TypeTemplates types;

    Templates(JdbcClient jdbc, DefaultTemplates defaults, TypeTemplates types) {
        this.jdbc = jdbc;
        this.defaults = defaults;
        this.types = types;
    }

    /** The text of a notice about an appointment of {@code typeId} (null when the notice names no type). */
    public Template resolve(String communeId, String typeId, NoticeKind kind, MessageChannel channel) {
        return Optional.ofNullable(typeId).flatMap(type -> types.custom(communeId, type, kind, channel))
                .orElseGet(() -> resolve(communeId, kind, channel));
    }

    public Template resolve(String communeId, NoticeKind kind, MessageChannel channel) {
        return custom(communeId, kind, channel).orElseGet(() -> defaults.of(kind, channel));
    }

    public Optional<Template> custom(String communeId, NoticeKind kind, MessageChannel channel) {
        return jdbc.sql("""
                        SELECT subject, body FROM notice_template
                        WHERE commune_id = :communeId AND kind = :kind AND channel = :channel""")
                .param("communeId", communeId).param("kind", kind.name()).param("channel", channel.name())
                .query((rs, row) -> new Template(rs.getString("subject"), rs.getString("body")))
                .optional();
    }

    public void save(String communeId, NoticeKind kind, MessageChannel channel, Template template, Instant now) {
        jdbc.sql("""
                        INSERT INTO notice_template (commune_id, kind, channel, subject, body, updated_at)
                        VALUES (:communeId, :kind, :channel, :subject, :body, :now)
                        ON CONFLICT (commune_id, kind, channel)
                        DO UPDATE SET subject = excluded.subject, body = excluded.body, updated_at = excluded.updated_at""")
                .param("communeId", communeId).param("kind", kind.name()).param("channel", channel.name())
                .param("subject", template.subject()).param("body", template.body())
                .param("now", Timestamp.from(now))
                .update();
    }

    public boolean delete(String communeId, NoticeKind kind, MessageChannel channel) {
        return jdbc.sql("DELETE FROM notice_template WHERE commune_id = :communeId AND kind = :kind AND channel = :channel")
                .param("communeId", communeId).param("kind", kind.name()).param("channel", channel.name())
                .update() > 0;
    }
}
