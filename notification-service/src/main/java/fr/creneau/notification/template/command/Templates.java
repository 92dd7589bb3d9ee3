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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The text of a notice in one language: the type's own text in that language, else the commune's in that language,
 * else the default in that language. A text written in another language never stands in for it: a commune that
 * wrote only French texts still sends the English defaults to citizens who booked in English. Every notice asks, so
 * the texts (and their absence) are kept a few seconds: this instance forgets them when it saves or deletes one,
 * another learns the change within that time.
 */
@Repository
public class Templates {

    private final JdbcClient jdbc;
    private final ShortLivedReads reads = new ShortLivedReads(Duration.ofSeconds(5));
    private final DefaultTemplates defaults;
    private final TypeTemplates types;

    Templates(JdbcClient jdbc, DefaultTemplates defaults, TypeTemplates types) {
        this.jdbc = jdbc;
        this.defaults = defaults;
        this.types = types;
    }

    /** The text of a notice about an appointment of {@code typeId} (null when the notice names no type). */
    public Template resolve(String communeId, String typeId, NoticeKind kind, MessageChannel channel,
            Language language) {
        return Optional.ofNullable(typeId).flatMap(type -> types.custom(communeId, type, kind, channel, language))
                .orElseGet(() -> resolve(communeId, kind, channel, language));
    }

    public Template resolve(String communeId, NoticeKind kind, MessageChannel channel, Language language) {
        return custom(communeId, kind, channel, language).orElseGet(() -> defaults.of(kind, channel, language));
    }

    public Optional<Template> custom(String communeId, NoticeKind kind, MessageChannel channel, Language language) {
        return reads.get(List.of(communeId, kind, channel, language), () -> jdbc.sql("""
                        SELECT subject, body FROM notice_template WHERE commune_id = :communeId AND kind = :kind
                        AND channel = :channel AND language = :language""")
                .param("communeId", communeId).param("kind", kind.name()).param("channel", channel.name())
                .param("language", language.code())
                .query((rs, row) -> new Template(rs.getString("subject"), rs.getString("body")))
                .optional());
    }

    /** The languages the commune wrote its own text of this notice in. */
    public List<Language> customised(String communeId, NoticeKind kind, MessageChannel channel) {
        List<String> codes = jdbc.sql("""
                        SELECT language FROM notice_template
                        WHERE commune_id = :communeId AND kind = :kind AND channel = :channel""")
                .param("communeId", communeId).param("kind", kind.name()).param("channel", channel.name())
                .query(String.class).list();
        return Arrays.stream(Language.values()).filter(language -> codes.contains(language.code())).toList();
    }

    public void save(String communeId, NoticeKind kind, MessageChannel channel, Language language, Template template,
            Instant now) {
        jdbc.sql("""
                        INSERT INTO notice_template (commune_id, kind, channel, language, subject, body, updated_at)
                        VALUES (:communeId, :kind, :channel, :language, :subject, :body, :now)
                        ON CONFLICT (commune_id, kind, channel, language)
                        DO UPDATE SET subject = excluded.subject, body = excluded.body, updated_at = excluded.updated_at""")
                .param("communeId", communeId).param("kind", kind.name()).param("channel", channel.name())
                .param("language", language.code())
                .param("subject", template.subject()).param("body", template.body())
                .param("now", Timestamp.from(now))
                .update();
        reads.forget();
    }

    public boolean delete(String communeId, NoticeKind kind, MessageChannel channel, Language language) {
        boolean deleted = jdbc.sql("""
                        DELETE FROM notice_template WHERE commune_id = :communeId AND kind = :kind
                        AND channel = :channel AND language = :language""")
                .param("communeId", communeId).param("kind", kind.name()).param("channel", channel.name())
                .param("language", language.code())
                .update() > 0;
        reads.forget();
        return deleted;
    }
}
