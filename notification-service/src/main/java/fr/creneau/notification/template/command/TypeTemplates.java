package fr.creneau.notification.template.command;

import fr.creneau.notification.notice.domain.MessageChannel;
import fr.creneau.notification.notice.domain.NoticeKind;
import fr.creneau.notification.template.domain.Language;
import fr.creneau.notification.template.domain.Template;
import fr.creneau.platform.cache.ShortLivedReads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An appointment type's own texts (the 6tzen guide's "surcharge des notifications"), per notice, channel, language;
 * kept a few seconds as the commune's are ({@link Templates}).
 */
@Repository
public class TypeTemplates {

    private final JdbcClient jdbc;
    private final ShortLivedReads reads = new ShortLivedReads(Duration.ofSeconds(5));

    TypeTemplates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Template> custom(String communeId, String typeId, NoticeKind kind, MessageChannel channel,
            Language language) {
        return reads.get(List.of(communeId, typeId, kind, channel, language), () -> jdbc.sql("""
                        SELECT subject, body FROM type_notice_template WHERE commune_id = :communeId
                        AND appointment_type_id = :typeId AND kind = :kind AND channel = :channel
                        AND language = :language""")
                .param("communeId", communeId).param("typeId", typeId).param("kind", kind.name())
                .param("channel", channel.name()).param("language", language.code())
                .query((rs, row) -> new Template(rs.getString("subject"), rs.getString("body")))
                .optional());
    }

    public void save(String communeId, String typeId, NoticeKind kind, MessageChannel channel, Language language,
            Template template, Instant now) {
        jdbc.sql("""
                        INSERT INTO type_notice_template (commune_id, appointment_type_id, kind, channel, language,
                            subject, body, updated_at)
                        VALUES (:communeId, :typeId, :kind, :channel, :language, :subject, :body, :now)
                        ON CONFLICT (commune_id, appointment_type_id, kind, channel, language)
                        DO UPDATE SET subject = excluded.subject, body = excluded.body, updated_at = excluded.updated_at""")
                .param("communeId", communeId).param("typeId", typeId).param("kind", kind.name())
                .param("channel", channel.name()).param("language", language.code())
                .param("subject", template.subject()).param("body", template.body())
                .param("now", Timestamp.from(now))
                .update();
        reads.forget();
    }

    public boolean delete(String communeId, String typeId, NoticeKind kind, MessageChannel channel,
            Language language) {
        boolean deleted = jdbc.sql("""
                        DELETE FROM type_notice_template WHERE commune_id = :communeId AND appointment_type_id = :typeId
                        AND kind = :kind AND channel = :channel AND language = :language""")
                .param("communeId", communeId).param("typeId", typeId).param("kind", kind.name())
                .param("channel", channel.name()).param("language", language.code())
                .update() > 0;
        reads.forget();
        return deleted;
    }
}
