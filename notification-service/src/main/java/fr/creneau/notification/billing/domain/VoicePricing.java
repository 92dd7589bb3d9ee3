package fr.creneau.notification.billing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The estimated cost of the voice lines: the minutes billed times the price of one (VOICE_PRICE_EUR_PER_MINUTE). */
public record VoicePricing(BigDecimal pricePerMinute) {

    public VoicePricing {
        if (pricePerMinute == null || pricePerMinute.signum() < 0) {
            throw new IllegalArgumentException("VOICE_PRICE_EUR_PER_MINUTE must be a price in euros, 0 or more");
        }
    }

    public BigDecimal cost(int minutes) {
        return pricePerMinute.multiply(BigDecimal.valueOf(minutes)).setScale(2, RoundingMode.HALF_UP);
    }
}
