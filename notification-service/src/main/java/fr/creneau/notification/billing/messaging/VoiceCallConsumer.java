package fr.creneau.notification.billing.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.creneau.booking.api.VoiceCallEnded;
import fr.creneau.notification.billing.command.EndedCalls;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * The binding {@code voiceCalls-in-0} on voice.calls. A record that cannot be read (not JSON, a negative length) is
 * not retried: it goes to the dead-letter topic, as on the other bindings.
 */
@Configuration(proxyBeanMethods = false)
class VoiceCallConsumer {

    @Bean
    Consumer<Message<byte[]>> voiceCalls(EndedCalls calls, ObjectMapper objectMapper) {
        return message -> calls.record(read(objectMapper, message.getPayload()));
    }

    private static VoiceCallEnded read(ObjectMapper json, byte[] payload) {
        try {
            return json.readValue(payload, VoiceCallEnded.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a voice call: " + e.getMessage(), e);
        }
    }
}
