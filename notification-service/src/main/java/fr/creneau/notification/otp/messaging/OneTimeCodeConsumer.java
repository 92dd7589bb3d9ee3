package fr.creneau.notification.otp.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.creneau.booking.api.OneTimeCode;
import fr.creneau.notification.otp.command.OneTimeCodeNotices;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Reads notification.otp. The payload is parsed here, with the service's ObjectMapper, rather than by the binder's
 * conversion: a record that cannot be read fails at once as not retryable and lands on the dead-letter topic, as on
 * the other topics, and the binder does no conversion work per record.
 */
@Configuration(proxyBeanMethods = false)
class OneTimeCodeConsumer {

    @Bean
    Consumer<Message<byte[]>> oneTimeCodes(OneTimeCodeNotices notices, ObjectMapper json) {
        return message -> notices.handle(read(json, message.getPayload()));
    }

    private static OneTimeCode read(ObjectMapper json, byte[] payload) {
        OneTimeCode code;
        try {
            code = json.readValue(payload, OneTimeCode.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a one-time code: " + e.getMessage(), e);
        }
        if (code == null) {
            throw new IllegalArgumentException("not a one-time code: null");
        }
        return code;
    }
}
