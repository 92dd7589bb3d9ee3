package fr.creneau.notification.sms;

import fr.creneau.notification.NotificationProperties;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The cost of an SMS: its segments times the price of one (0.07 € by default, SMS_PRICE_EUR). */
@Component
public class SmsPricing {

    private final BigDecimal pricePerSegment;

    SmsPricing(NotificationProperties properties) {
        this.pricePerSegment = properties.smsPrice() == null ? new BigDecimal("0.07") : properties.smsPrice();
    }

    public BigDecimal pricePerSegment() {
        return pricePerSegment;
    }

    public BigDecimal cost(int segments) {
        return pricePerSegment.multiply(BigDecimal.valueOf(segments)).setScale(2, RoundingMode.HALF_UP);
    }
}
