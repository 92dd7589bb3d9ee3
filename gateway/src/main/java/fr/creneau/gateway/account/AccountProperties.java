package fr.creneau.gateway.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How passwords are hashed, and the platform administrator created at the first start
 * (CRENEAU_ADMIN_USERNAME / CRENEAU_ADMIN_PASSWORD).
 */
@ConfigurationProperties("creneau.gateway.accounts")
public record AccountProperties(@DefaultValue("12") int bcryptStrength, @DefaultValue BootstrapAdmin bootstrapAdmin) {

    /** No default password: a well-known one would open a new installation to anyone who reads this code. */
    public record BootstrapAdmin(@DefaultValue("admin") String username, String password) {

        static final String DEVELOPMENT_PASSWORD = "creneau-admin";

        public BootstrapAdmin {
            if (!CredentialLimits.fit(username, password)) {
                throw new IllegalArgumentException(("CRENEAU_ADMIN_USERNAME has %d characters at most, and "
                        + "CRENEAU_ADMIN_PASSWORD %d bytes at most").formatted(CredentialLimits.LONGEST_USERNAME,
                        CredentialLimits.LONGEST_PASSWORD_BYTES));
            }
        }
    }
}
