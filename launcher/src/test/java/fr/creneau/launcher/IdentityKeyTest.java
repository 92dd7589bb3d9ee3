package fr.creneau.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityKeyTest {

    @TempDir
    Path data;

    @Test
    void theFirstStartMakesAKeyOnlyItsOwnerReadsAndLaterStartsKeepIt() throws IOException {
        String key = IdentityKey.loadOrCreate(data);

        assertThat(key.getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThanOrEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("identity.key"))))
                .isEqualTo("rw-------");
        assertThat(IdentityKey.loadOrCreate(data)).isEqualTo(key);
    }

    @Test
    void eachInstallationHasAKeyOfItsOwn(@TempDir Path other) {
        assertThat(IdentityKey.loadOrCreate(data)).isNotEqualTo(IdentityKey.loadOrCreate(other));
    }
}
