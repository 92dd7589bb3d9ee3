package fr.creneau.notification.otp.messaging;

import fr.creneau.booking.api.OneTimeCode;
import fr.creneau.notification.otp.command.OneTimeCodeNotices;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

@Configuration(proxyBeanMethods = false)
class OneTimeCodeConsumer {

    @Bean
    Consumer<Message<OneTimeCode>> oneTimeCodes(OneTimeCodeNotices notices) {
        return message -> notices.handle(message.getPayload());
    }
}
