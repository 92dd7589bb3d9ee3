package fr.creneau.gateway.account;

import java.nio.charset.StandardCharsets;

/**
 * How long a username and a password can be. bcrypt reads no further than 72 bytes, so a longer password would be
 * silently cut; a login past these limits cannot match any account and is refused before any hashing.
 */
public final class CredentialLimits {

    public static final int LONGEST_USERNAME = 100;
    public static final int LONGEST_PASSWORD_BYTES = 72;

    private CredentialLimits() {
    }

    public static boolean fit(String username, String password) {
        return username.length() <= LONGEST_USERNAME
                && password.getBytes(StandardCharsets.UTF_8).length <= LONGEST_PASSWORD_BYTES;
    }
}
