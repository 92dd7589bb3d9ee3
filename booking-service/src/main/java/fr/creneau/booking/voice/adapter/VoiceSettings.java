package fr.creneau.booking.voice.adapter;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicUrl the base of the URLs Twilio calls (the gateway's public address), without a trailing slash
 * @param authToken the Twilio account's auth token, which keys the signatures; blank: every webhook is refused
 * @param gatherTimeout seconds of silence before a question is asked again
 */
@ConfigurationProperties("booking.voice")
public record VoiceSettings(String publicUrl, String authToken, Integer gatherTimeout) {

    public VoiceSettings {
        publicUrl = publicUrl == null ? "" : publicUrl.replaceAll("/+$", "");
        gatherTimeout = gatherTimeout == null ? 6 : gatherTimeout;
    }

    public boolean configured() {
        return !publicUrl.isBlank() && authToken != null && !authToken.isBlank();
    }

    /** The absolute URL of a webhook path (with its query), as Twilio will call and sign it. */
    public String url(String pathAndQuery) {
        return publicUrl + pathAndQuery;
    }
}
