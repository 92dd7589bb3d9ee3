package fr.creneau.notification.compose;

import fr.creneau.notification.NotificationProperties;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The citizen's links to the portal: change or cancel without an account, thanks to the manage token. */
@Component
public class Links {

    private final String portal;

    Links(NotificationProperties properties) {
        String url = properties.portalUrl() == null ? "" : properties.portalUrl();
        this.portal = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String portal() {
        return portal + "/";
    }

    public String manage(String appointmentId, String token) {
        return portal + "/rendez-vous/" + encode(appointmentId) + "?jeton=" + encode(token == null ? "" : token);
    }

    public String cancel(String appointmentId, String token) {
        return manage(appointmentId, token) + "&action=annuler";
    }

    public String proposedSlot(String appointmentId, String token, String start, String counterId) {
        return manage(appointmentId, token) + "&creneau=" + encode(start) + "&guichet=" + encode(counterId);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
