package fr.creneau.booking.onetimecode.command;

import fr.creneau.booking.onetimecode.domain.CodeKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The key of the codes' hashes, from BOOKING_CODE_SECRET: without it the service refuses to start. */
@Configuration(proxyBeanMethods = false)
class CodeKeyConfiguration {

    @Bean
    CodeKey codeKey(@Value("${booking.one-time-code.secret:}") String secret) {
        return CodeKey.of(secret);
    }
}
