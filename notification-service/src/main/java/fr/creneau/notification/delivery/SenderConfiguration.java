package fr.creneau.notification.delivery;

import fr.creneau.notification.NotificationProperties;
import fr.creneau.notification.devinbox.DevInbox;
import fr.creneau.notification.notice.MessageChannel;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.util.List;
import java.util.Properties;

/** Real transports where Twilio and SMTP are configured, the dev inbox for a channel that is not. */
@Configuration(proxyBeanMethods = false)
class SenderConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SenderConfiguration.class);

    @Bean
    Senders senders(NotificationProperties properties, DevInbox inbox, CircuitBreakerRegistry breakers) {
        return new Senders(List.of(sms(properties.twilio(), inbox, breakers), email(properties.smtp(), inbox, breakers)));
    }

    private static MessageSender sms(NotificationProperties.Twilio twilio, DevInbox inbox,
            CircuitBreakerRegistry breakers) {
        if (twilio == null || !twilio.configured()) {
            log.info("No Twilio account configured: SMS go to the dev inbox");
            return new DevInboxSender(MessageChannel.SMS, inbox);
        }
        log.info("SMS through Twilio{}", twilio.apiUrl() == null || twilio.apiUrl().isBlank() ? "" : " at " + twilio.apiUrl());
        return new GuardedSender(new TwilioSmsSender(twilio), breakers.circuitBreaker("twilio"));
    }

    private static MessageSender email(NotificationProperties.Smtp smtp, DevInbox inbox,
            CircuitBreakerRegistry breakers) {
        if (smtp == null || !smtp.configured()) {
            log.info("No SMTP server configured: e-mails go to the dev inbox");
            return new DevInboxSender(MessageChannel.EMAIL, inbox);
        }
        log.info("E-mail through SMTP at {}:{}", smtp.host(), smtp.port());
        return new GuardedSender(new SmtpEmailSender(mailSender(smtp), smtp.from()), breakers.circuitBreaker("smtp"));
    }

    private static JavaMailSenderImpl mailSender(NotificationProperties.Smtp smtp) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(smtp.host());
        sender.setPort(smtp.port());
        if (smtp.username() != null && !smtp.username().isBlank()) {
            sender.setUsername(smtp.username());
            sender.setPassword(smtp.password());
        }
        sender.setDefaultEncoding("UTF-8");
        Properties javaMail = sender.getJavaMailProperties();
        javaMail.put("mail.smtp.auth", String.valueOf(smtp.username() != null && !smtp.username().isBlank()));
        javaMail.put("mail.smtp.starttls.enable", String.valueOf(smtp.starttls()));
        javaMail.put("mail.smtp.connectiontimeout", "5000");
        javaMail.put("mail.smtp.timeout", "10000");
        javaMail.put("mail.smtp.writetimeout", "10000");
        return sender;
    }
}
