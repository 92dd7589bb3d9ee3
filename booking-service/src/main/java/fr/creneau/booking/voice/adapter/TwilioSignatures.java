package fr.creneau.booking.voice.adapter;

import com.twilio.security.RequestValidator;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Twilio's {@code X-Twilio-Signature}: an HMAC-SHA1, under the account's auth token, of the URL it called (the
 * public one, query included) and the posted parameters. Checked with the SDK's own validator.
 */
@Component
public class TwilioSignatures {

    private final VoiceSettings settings;

    TwilioSignatures(VoiceSettings settings) {
        this.settings = settings;
    }

    /**
     * @param pathAndQuery the path and query as received (the gateway passes them on unchanged)
     * @param form the posted parameters, without those of the query
     */
    public boolean accepts(String pathAndQuery, Map<String, String> form, String signature) {
        return settings.configured() && signature != null && !signature.isBlank()
                && new RequestValidator(settings.authToken()).validate(settings.url(pathAndQuery), form, signature);
    }
}
