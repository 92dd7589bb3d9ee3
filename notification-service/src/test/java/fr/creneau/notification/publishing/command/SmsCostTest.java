package fr.creneau.notification.publishing.command;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class SmsCostTest {

    @Test
    void aCostInEurosBecomesWholeCents() {
        assertThat(SmsEvents.cents(new BigDecimal("0.14"))).isEqualTo(14);
        assertThat(SmsEvents.cents(new BigDecimal("0.0725"))).isEqualTo(7);
        assertThat(SmsEvents.cents(new BigDecimal("0.075"))).isEqualTo(8);
        assertThat(SmsEvents.cents(null)).isZero();
    }
}
