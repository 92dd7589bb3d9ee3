package fr.creneau.notification.deadletter.messaging;

import fr.creneau.notification.deadletter.command.DeadLetterPublisher;
import fr.creneau.notification.deadletter.view.DeadLetterLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.Consumer;

/** Reads notification.dlq back, whoever wrote it (the binder or this service), so that it can be listed. */
@Configuration(proxyBeanMethods = false)
class DeadLetterConsumer {

    @Bean
    Consumer<Message<byte[]>> deadLetters(DeadLetterLog log, Clock clock) {
        return message -> {
            MessageHeaders headers = message.getHeaders();
            Object payload = message.getPayload();
            log.record(text(headers.get(DeadLetterPublisher.SOURCE)), text(headers.get(KafkaHeaders.RECEIVED_KEY)),
                    payload instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : null,
                    text(headers.get(DeadLetterPublisher.ERROR)), clock.instant());
        };
    }

    private static String text(Object header) {
        if (header == null) {
            return null;
        }
        return header instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : header.toString();
    }
}
