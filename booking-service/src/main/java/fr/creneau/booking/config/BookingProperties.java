package fr.creneau.booking.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param holdDuration how long a slot is held while the citizen enters the code
 * @param retentionMonths how long after the appointment personal data is kept, unless the commune says otherwise
 */
@ConfigurationProperties("booking")
public record BookingProperties(Duration holdDuration, OneTimeCode oneTimeCode, int retentionMonths) {

    public record OneTimeCode(Duration validity, int tries, int resends, Duration resendCoolDown) {
    }
}
