package fr.creneau.notification.sms.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The cost of an SMS: its segments times the price of one (0.07 € by default, SMS_PRICE_EUR). */
public record SmsPricing(BigDecimal pricePerSegment) {

    private static final BigDecimal DEFAULT_PRICE = new BigDecimal("0.07");

    public SmsPricing {
        pricePerSegment = pricePerSegment == null ? DEFAULT_PRICE : pricePerSegment;
    }

    public BigDecimal cost(int segments) {
        return pricePerSegment.multiply(BigDecimal.valueOf(segments)).setScale(2, RoundingMode.HALF_UP);
    }
}
