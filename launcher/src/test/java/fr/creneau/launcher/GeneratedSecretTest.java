package fr.creneau.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class GeneratedSecretTest {

    @TempDir
    Path data;

    @Test
    void theFirstStartMakesA256BitSecretThatOnlyItsOwnerCanRead() throws Exception {
        String secret = GeneratedSecret.in(data, "booking-code-secret");

        assertThat(Base64.getUrlDecoder().decode(secret)).hasSize(32);
        Path file = data.resolve("secrets/booking-code-secret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void laterStartsKeepTheSameSecret() {
        String first = GeneratedSecret.in(data, "booking-code-secret");

        assertThat(GeneratedSecret.in(data, "booking-code-secret")).isEqualTo(first);
        assertThat(GeneratedSecret.in(data.resolve("other"), "booking-code-secret")).isNotEqualTo(first);
    }
}
