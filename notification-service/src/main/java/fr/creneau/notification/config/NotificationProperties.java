package fr.creneau.notification.config;

import fr.creneau.notification.notice.domain.MessageChannel;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * Everything this service reads from its environment, bound from {@code creneau.notification}; {@code channels}
 * are those the installation sends on (NOTIFICATION_CHANNELS), each of which needs its provider.
 */
@ConfigurationProperties("creneau.notification")
public record NotificationProperties(
        Twilio twilio,
        Smtp smtp,
        String portalUrl,
        BigDecimal smsPrice,
        Delivery delivery,
        Set<MessageChannel> channels) {

    public NotificationProperties {
        channels = channels == null ? EnumSet.allOf(MessageChannel.class)
                : channels.isEmpty() ? EnumSet.noneOf(MessageChannel.class) : EnumSet.copyOf(channels);
    }

    public record Twilio(String accountSid, String authToken, String from, String apiUrl, String statusCallbackUrl) {
        public boolean configured() {
            return hasText(accountSid) && hasText(authToken) && hasText(from);
        }
    }

    public record Smtp(String host, int port, String username, String password, String from, boolean starttls) {
        public boolean configured() {
            return hasText(host);
        }
    }

    /** How sending retries: first after {@code firstRetry}, then doubling, at most {@code maxAttempts} in all. */
    public record Delivery(Duration firstRetry, double backoffMultiplier, int maxAttempts) {
    }

    static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
