package fr.creneau.gateway.ratelimit;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

class TierTest {

    @Test
    void reservingASlotIsSensitive() {
        assertThat(Tier.of(MockServerHttpRequest.post("/api/booking/communes/villeneuve/reservations").build()))
                .isEqualTo(Tier.SENSITIVE);
    }

    @Test
    void tryingACodeIsSensitive() {
        assertThat(Tier.of(MockServerHttpRequest.post("/api/booking/appointments/a1/confirmation").build()))
                .isEqualTo(Tier.SENSITIVE);
    }

    @Test
    void readingReservationsIsNotSensitive() {
        assertThat(Tier.of(MockServerHttpRequest.get("/api/booking/communes/villeneuve/reservations").build()))
                .isEqualTo(Tier.GENERAL);
    }

    @Test
    void creatingACommuneIsNotSensitive() {
        assertThat(Tier.of(MockServerHttpRequest.post("/api/planning/communes").build())).isEqualTo(Tier.GENERAL);
    }

    @Test
    void loggingInHasABudgetOfItsOwn() {
        assertThat(Tier.of(MockServerHttpRequest.post("/api/auth/login").build())).isEqualTo(Tier.LOGIN);
    }
}
