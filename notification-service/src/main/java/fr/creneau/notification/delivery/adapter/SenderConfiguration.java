package fr.creneau.notification.delivery.adapter;

import fr.creneau.notification.config.NotificationProperties;
import fr.creneau.notification.delivery.domain.MessageSender;
import fr.creneau.notification.delivery.domain.Senders;
import fr.creneau.notification.devinbox.view.DevInbox;
import fr.creneau.notification.notice.domain.MessageChannel;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * A real transport for each channel that is on: Twilio for SMS, SMTP for e-mail. A channel that is on without its
 * provider goes to the dev inbox when it was asked for (CRENEAU_DEV_INBOX=true), and otherwise stops the service at
 * startup: a message is never parked where no one reads it.
 */
@Configuration(proxyBeanMethods = false)
class SenderConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SenderConfiguration.class);

    @Bean
    Senders senders(NotificationProperties properties, @Value("${creneau.dev-inbox.enabled:false}") boolean devInbox,
                    DevInbox inbox, CircuitBreakerRegistry breakers) {
        Set<MessageChannel> on = properties.channels();
        if (on.isEmpty()) {
            throw MissingProviders.noChannel();
        }
        List<MessageSender> senders = new ArrayList<>();
        List<MessageChannel> missing = new ArrayList<>();
        for (MessageChannel channel : on) {
            MessageSender provider = provider(channel, properties, breakers);
            if (provider != null) {
                senders.add(provider);
            } else if (devInbox) {
                log.warn("Dev inbox on and no provider for {}: its messages are parked in the dev inbox, not sent",
                        channel);
                senders.add(new DevInboxSender(channel, inbox));
            } else {
                missing.add(channel);
            }
        }
        if (!missing.isEmpty()) {
            throw MissingProviders.of(missing, on);
        }
        if (!on.contains(MessageChannel.EMAIL)) {
            log.warn("E-mail is off: the agents' notices (approval needed, daily agenda) are not sent");
        }
        return new Senders(senders);
    }

    private static MessageSender provider(MessageChannel channel, NotificationProperties properties,
                                          CircuitBreakerRegistry breakers) {
        if (channel == MessageChannel.SMS) {
            NotificationProperties.Twilio twilio = properties.twilio();
            if (twilio == null || !twilio.configured()) {
                return null;
            }
            log.info("SMS through Twilio{}", twilio.apiUrl() == null || twilio.apiUrl().isBlank() ? "" : " at " + twilio.apiUrl());
            return new GuardedSender(new TwilioSmsSender(twilio), breakers.circuitBreaker("twilio"));
        }
        NotificationProperties.Smtp smtp = properties.smtp();
        if (smtp == null || !smtp.configured()) {
            return null;
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
