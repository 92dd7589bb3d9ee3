package fr.creneau.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A secret the launcher makes at the first start and keeps in its data directory, readable by its owner only, so that
 * the one-command run needs none configured and keeps the same one across restarts: the key the gateway signs the
 * agents' identity with ({@code identity.key}, 384 bits) and the one booking-service hashes the one-time codes with
 * ({@code secrets/booking-code-secret}, 256 bits). A bare jar has neither.
 */
final class GeneratedSecret {

    private static final SecureRandom RANDOM = new SecureRandom();

    private GeneratedSecret() {
    }

    static String identityKey(Path dataDirectory) {
        return at(dataDirectory.resolve("identity.key"), 48);
    }

    static String bookingCodeSecret(Path dataDirectory) {
        return at(dataDirectory.resolve("secrets").resolve("booking-code-secret"), 32);
    }

    private static String at(Path file, int randomBytes) {
        String name = file.getFileName().toString();
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file).strip();
            }
            Files.createDirectories(file.getParent());
            byte[] bytes = new byte[randomBytes];
            RANDOM.nextBytes(bytes);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Path draft = Files.createTempFile(file.getParent(), name, ".new",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(draft, secret);
            Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Impossible de créer le secret " + file, e);
        }
    }
}
