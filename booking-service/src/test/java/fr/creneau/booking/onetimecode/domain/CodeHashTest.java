package fr.creneau.booking.onetimecode.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.spec.KeySpec;
import java.util.concurrent.CompletableFuture;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodeHashTest {

    private static final CodeKey KEY = CodeKey.of("a-secret-of-the-tests-0123456789abcdef");

    @Test
    void onlyTheRightCodeOfTheRightAppointmentMatches() {
        CodeHash hash = CodeHash.of(KEY, "a-1", "123456");

        assertThat(hash.matches(KEY, "a-1", "123456")).isTrue();
        assertThat(hash.matches(KEY, "a-1", "123457")).isFalse();
        assertThat(hash.matches(KEY, "a-2", "123456")).isFalse();
    }

    @Test
    void theSameCodeOfTwoAppointmentsHashesDifferently() {
        assertThat(CodeHash.of(KEY, "a-1", "123456").hash()).isNotEqualTo(CodeHash.of(KEY, "a-2", "123456").hash());
    }

    @Test
    void withoutTheServersKeyTheHashTellsNothing() {
        CodeKey other = CodeKey.of("another-secret-of-the-tests-0123456789");

        assertThat(CodeHash.of(KEY, "a-1", "123456").matches(other, "a-1", "123456")).isFalse();
        assertThat(CodeHash.of(KEY, "a-1", "123456").hash()).isNotEqualTo(CodeHash.of(other, "a-1", "123456").hash());
    }

    @Test
    void aCodeHashedBeforeTheKeyWithItsSaltStillMatchesUntilItExpires() throws Exception {
        byte[] salt = "sixteen bytes!!!".getBytes();
        KeySpec spec = new PBEKeySpec("123456".toCharArray(), salt, 20_000, 256);
        byte[] pbkdf2 = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        CodeHash legacy = new CodeHash(salt, pbkdf2);

        assertThat(legacy.matches(KEY, "a-1", "123456")).isTrue();
        assertThat(legacy.matches(KEY, "a-1", "654321")).isFalse();
    }

    @Test
    void theServiceDoesNotStartWithoutASecretAndSaysWhyInFrenchAndEnglish() {
        assertThatThrownBy(() -> CodeKey.of(""))
                .hasMessageContaining("BOOKING_CODE_SECRET n'est pas défini")
                .hasMessageContaining("BOOKING_CODE_SECRET is not set");
        assertThatThrownBy(() -> CodeKey.of(null)).hasMessageContaining("BOOKING_CODE_SECRET");
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> CodeKey.of("secret"))
                .hasMessageContaining("trop court")
                .hasMessageContaining("too short");
    }

    @Test
    void theHashIsTheHmacOfTheAppointmentAndTheCodeOnWhicheverThread() throws Exception {
        Mac fresh = Mac.getInstance("HmacSHA256");
        fresh.init(new SecretKeySpec("a-secret-of-the-tests-0123456789abcdef".getBytes(StandardCharsets.UTF_8),
                "HmacSHA256"));
        fresh.update("a-1".getBytes(StandardCharsets.UTF_8));
        fresh.update((byte) 0);
        byte[] expected = fresh.doFinal("012345".getBytes(StandardCharsets.UTF_8));

        CompletableFuture<byte[]> elsewhere = CompletableFuture.supplyAsync(() -> KEY.mac("a-1", "012345"));

        assertThat(KEY.mac("a-1", "012345")).isEqualTo(expected);
        assertThat(elsewhere.get()).isEqualTo(expected);
    }
}
