package fr.creneau.notification.webhook.adapter;

import fr.creneau.notification.webhook.domain.SecretSource;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;

/** 32 random bytes from the system's strong source, as {@code whsec_<Base64url>}: the prefix says what it is. */
@Component
class RandomSecrets implements SecretSource {

    private final SecureRandom random = new SecureRandom();

    @Override
    public String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
