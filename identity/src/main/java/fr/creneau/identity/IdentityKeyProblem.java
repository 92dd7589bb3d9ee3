package fr.creneau.identity;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What is wrong with CRENEAU_IDENTITY_KEY, in French, for the gateway and the services to stop at startup with: no
 * default key (identities signed with a well-known one would be anyone's to forge), none too short to sign with.
 */
public record IdentityKeyProblem(String description, String action) {

    /** {@code consequence}: what the one starting cannot do without the key, to end the description's sentence. */
    public static Optional<IdentityKeyProblem> of(String key, String consequence) {
        if (key == null || key.isBlank()) {
            return Optional.of(new IdentityKeyProblem("CRENEAU_IDENTITY_KEY n'est pas défini : c'est la clé avec "
                    + "laquelle la passerelle signe l'identité des agents" + consequence + ".",
                    "Donnez la même clé secrète (32 caractères ou plus, par exemple le résultat de "
                            + "« openssl rand -base64 48 ») à la passerelle et aux quatre services dans "
                            + "CRENEAU_IDENTITY_KEY. ./creneau en crée une à son premier démarrage."));
        }
        if (key.getBytes(StandardCharsets.UTF_8).length < IdentityToken.MINIMUM_KEY_BYTES) {
            return Optional.of(new IdentityKeyProblem("CRENEAU_IDENTITY_KEY est trop courte : il faut au moins "
                    + IdentityToken.MINIMUM_KEY_BYTES + " octets pour signer en HMAC-SHA256.",
                    "Choisissez une clé secrète plus longue, par exemple le résultat de « openssl rand -base64 48 », "
                            + "et donnez-la à la passerelle et aux quatre services."));
        }
        return Optional.empty();
    }
}
