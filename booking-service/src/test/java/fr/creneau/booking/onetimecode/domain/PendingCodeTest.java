package fr.creneau.booking.onetimecode.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PendingCodeTest {

    private static final Instant SENT = Instant.parse("2026-11-20T10:00:00Z");
    private static final Duration COOL_DOWN = Duration.ofSeconds(30);
    private static final CodeKey KEY = CodeKey.of("a-secret-of-the-tests-0123456789abcdef");

    private PendingCode pending(String code) {
        return new PendingCode("a-1", CodeHash.of(KEY, "a-1", code), SENT.plus(Duration.ofMinutes(10)), 5, 3, SENT,
                "sealed");
    }

    @Test
    void theCodeExpiresAfterItsValidity() {
        PendingCode pending = pending("123456");

        assertThat(pending.isExpired(SENT.plus(Duration.ofMinutes(9)))).isFalse();
        assertThat(pending.isExpired(SENT.plus(Duration.ofMinutes(10)))).isTrue();
    }

    @Test
    void eachWrongTryCountsDownToZero() {
        PendingCode pending = pending("123456");
        for (int i = 0; i < 6; i++) {
            pending = pending.afterWrongTry();
        }

        assertThat(pending.triesLeft()).isZero();
    }

    @Test
    void aResendWaitsForTheCoolDownAndKeepsTheTriesLeft() {
        PendingCode pending = pending("123456").afterWrongTry();

        assertThat(pending.canResend(SENT.plusSeconds(10), COOL_DOWN)).isFalse();
        assertThat(pending.canResend(SENT.plus(COOL_DOWN), COOL_DOWN)).isTrue();
        PendingCode resent = pending.resent(CodeHash.of(KEY, "a-1", "654321"), SENT.plus(COOL_DOWN),
                Duration.ofMinutes(10));
        assertThat(resent.triesLeft()).isEqualTo(4);
        assertThat(resent.resendsLeft()).isEqualTo(2);
        assertThat(resent.hash().matches(KEY, "a-1", "123456")).isFalse();
        assertThat(resent.hash().matches(KEY, "a-1", "654321")).isTrue();
    }

    @Test
    void noResendIsLeftAfterThree() {
        PendingCode pending = pending("123456");
        Instant at = SENT;
        for (int i = 0; i < 3; i++) {
            at = at.plus(COOL_DOWN);
            pending = pending.resent(CodeHash.of(KEY, "a-1", "000000"), at, Duration.ofMinutes(10));
        }

        assertThat(pending.canResend(at.plus(Duration.ofHours(1)), COOL_DOWN)).isFalse();
    }
}
