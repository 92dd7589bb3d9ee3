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
    void theFirstStartMakesSecretsThatOnlyTheirOwnerCanRead() throws Exception {
        assertThat(Base64.getUrlDecoder().decode(GeneratedSecret.bookingCodeSecret(data))).hasSize(32);
        assertThat(Base64.getUrlDecoder().decode(GeneratedSecret.identityKey(data))).hasSize(48);
        for (String file : new String[] {"secrets/booking-code-secret", "identity.key"}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(file))))
                    .as(file).isEqualTo("rw-------");
        }
    }

    @Test
    void laterStartsKeepTheSameSecretsAndEachInstallationHasItsOwn(@TempDir Path other) {
        String secret = GeneratedSecret.bookingCodeSecret(data);
        String key = GeneratedSecret.identityKey(data);

        assertThat(GeneratedSecret.bookingCodeSecret(data)).isEqualTo(secret);
        assertThat(GeneratedSecret.identityKey(data)).isEqualTo(key).isNotEqualTo(secret);
        assertThat(GeneratedSecret.bookingCodeSecret(other)).isNotEqualTo(secret);
        assertThat(GeneratedSecret.identityKey(other)).isNotEqualTo(key);
    }
}
