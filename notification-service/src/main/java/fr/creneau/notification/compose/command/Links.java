package fr.creneau.notification.compose.command;

import fr.creneau.notification.config.NotificationProperties;
import fr.creneau.notification.template.domain.Language;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The citizen's links to the portal, without an account: the manage token alone names the appointment, as in
 * booking-service's {@code /api/booking/manage/{token}} (view, {@code /cancellation}, {@code /reschedule}). A citizen
 * who reads English gets links that open the page in English ({@code lang=en}, as the citizen page reads it).
 */
@Component
public class Links {

    private final String portal;

    Links(NotificationProperties properties) {
        String url = properties.portalUrl() == null ? "" : properties.portalUrl();
        this.portal = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String portal(Language language) {
        return portal + "/" + query(language, "?");
    }

    public String manage(String token, Language language) {
        return managePath(token) + query(language, "?");
    }

    public String cancel(String token, Language language) {
        return managePath(token) + "/annulation" + query(language, "?");
    }

    /** Opens the manage page on the earlier slot the waiting list offers. */
    public String offer(String token, Language language) {
        return manage(token, language) + "#proposition";
    }

    /** Opens the manage page on one offered slot, named as booking-service's reschedule takes it. */
    public String proposedSlot(String token, String start, String counterId, Language language) {
        return managePath(token) + "?creneau=" + encode(start) + "&guichet=" + encode(counterId)
                + query(language, "&");
    }

    private String managePath(String token) {
        return portal + "/gerer/" + encode(token == null ? "" : token);
    }

    private static String query(Language language, String separator) {
        return language == Language.FR ? "" : separator + "lang=" + language.code();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
