package fr.creneau.notification.template.command;

import fr.creneau.notification.notice.domain.MessageChannel;
import fr.creneau.notification.notice.domain.NoticeKind;
import fr.creneau.notification.template.domain.Template;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;

/** The default French texts, from {@code templates/default-templates.properties}. */
@Component
public class DefaultTemplates {

    private final Properties texts = new Properties();

    public DefaultTemplates() {
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(
                getClass().getResourceAsStream("/templates/default-templates.properties")), StandardCharsets.UTF_8)) {
            texts.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Template of(NoticeKind kind, MessageChannel channel) {
        String prefix = kind.name() + "." + channel.name() + ".";
        String body = texts.getProperty(prefix + "body");
        if (body == null) {
            throw new IllegalStateException("no default text for " + kind + " by " + channel);
        }
        return new Template(channel == MessageChannel.EMAIL ? texts.getProperty(prefix + "subject") : null, body);
    }
}
