package fr.creneau.notification.callback.adapter;

import com.twilio.security.RequestValidator;
import fr.creneau.notification.config.NotificationProperties;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Twilio's signature of a status callback, computed with the auth token over the configured callback URL. Without
 * Twilio or a callback URL configured there is nothing to check against, and every request passes.
 */
@Component
public class TwilioSignature {

    private final NotificationProperties.Twilio twilio;

    TwilioSignature(NotificationProperties properties) {
        this.twilio = properties.twilio();
    }

    public boolean accepts(Map<String, String> params, String signature) {
        if (twilio == null || !twilio.configured() || twilio.statusCallbackUrl() == null
                || twilio.statusCallbackUrl().isBlank()) {
            return true;
        }
        return signature != null
                && new RequestValidator(twilio.authToken()).validate(twilio.statusCallbackUrl(), params, signature);
    }
}
