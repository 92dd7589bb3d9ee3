package fr.creneau.notification.template.command;

import fr.creneau.notification.notice.domain.MessageChannel;
import fr.creneau.notification.notice.domain.NoticeKind;
import fr.creneau.notification.template.domain.Language;
import fr.creneau.notification.template.domain.Template;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The default texts, in French ({@code templates/default-templates.properties}) and in English
 * ({@code templates/default-templates_en.properties}); every notice has both.
 */
@Component
public class DefaultTemplates {

    private final Map<Language, Properties> texts = new EnumMap<>(Language.class);

    public DefaultTemplates() {
        texts.put(Language.FR, load("/templates/default-templates.properties"));
        texts.put(Language.EN, load("/templates/default-templates_en.properties"));
    }

    public Template of(NoticeKind kind, MessageChannel channel, Language language) {
        Properties properties = texts.get(language);
        String prefix = kind.name() + "." + channel.name() + ".";
        String body = properties.getProperty(prefix + "body");
        if (body == null) {
            throw new IllegalStateException("no default " + language + " text for " + kind + " by " + channel);
        }
        return new Template(channel == MessageChannel.EMAIL ? properties.getProperty(prefix + "subject") : null, body);
    }

    private Properties load(String resource) {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(getClass().getResourceAsStream(resource)),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
