package fr.creneau.notification.delivery.adapter;

import fr.creneau.notification.compose.domain.OutboundMessage;
import fr.creneau.notification.delivery.domain.MessageSender;
import fr.creneau.notification.delivery.domain.Receipt;
import fr.creneau.notification.notice.domain.MessageChannel;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.nio.charset.StandardCharsets;

/** E-mail through the configured SMTP server, plain text in UTF-8, with attachments such as the .ics. */
class SmtpEmailSender implements MessageSender {

    private final JavaMailSender mail;
    private final String from;

    SmtpEmailSender(JavaMailSender mail, String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public MessageChannel channel() {
        return MessageChannel.EMAIL;
    }

    @Override
    public Receipt send(OutboundMessage message) {
        MimeMessage mime = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mime, !message.attachments().isEmpty(),
                    StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(InternetAddress.parse(message.to()));
            helper.setSubject(message.subject());
            helper.setText(message.body(), false);
            for (OutboundMessage.Attachment attachment : message.attachments()) {
                helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
                        attachment.contentType());
            }
            mail.send(mime);
            return new Receipt("SMTP", mime.getMessageID());
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
    }
}
