package fr.creneau.notification.compose.command;

import fr.creneau.notification.config.NotificationProperties;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The citizen's links to the portal, without an account: the manage token alone names the appointment, as in
 * booking-service's {@code /api/booking/manage/{token}} (view, {@code /cancellation}, {@code /reschedule}).
 */
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

    public String manage(String token) {
        return portal + "/gerer/" + encode(token == null ? "" : token);
    }

    public String cancel(String token) {
        return manage(token) + "/annulation";
    }

    /** Opens the manage page on the earlier slot the waiting list offers. */
    public String offer(String token) {
        return manage(token) + "#proposition";
    }

    /** Opens the manage page on one offered slot, named as booking-service's reschedule takes it. */
    public String proposedSlot(String token, String start, String counterId) {
        return manage(token) + "?creneau=" + encode(start) + "&guichet=" + encode(counterId);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
