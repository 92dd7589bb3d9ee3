package fr.creneau.notification.compose.domain;

import fr.creneau.notification.notice.domain.MessageChannel;
import fr.creneau.notification.notice.domain.NoticeKind;

import java.util.List;

/** A message ready to go: rendered text, recipient and, for e-mail, attachments. */
public record OutboundMessage(
        MessageChannel channel,
        NoticeKind kind,
        String to,
        String subject,
        String body,
        List<Attachment> attachments) {

    public OutboundMessage {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}
