package fr.creneau.notification.webhook.domain;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a commune may ask us to post: HTTPS only, since the body names its appointments; plain HTTP only to the
 * loopback interface, and only where the installation allows it (tests, a laptop).
 */
public final class EndpointAddress {

    private EndpointAddress() {
    }

    /** Why this address is refused, in French; empty when it is accepted. */
    public static Optional<String> refusal(String url, boolean loopbackHttpAllowed) {
        if (url == null || url.isBlank()) {
            return Optional.of("Indiquez l'adresse (url) à laquelle envoyer les événements, en https://.");
        }
        if (url.length() > 2000) {
            return Optional.of("L'adresse (url) dépasse 2000 caractères.");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("L'adresse (url) n'est pas une adresse web valide.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of("L'adresse (url) doit commencer par https:// et nommer un serveur.");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("L'adresse (url) ne doit pas contenir d'identifiant ni de mot de passe.");
        }
        if (scheme.equals("http") && !(loopbackHttpAllowed && isLoopback(uri.getHost()))) {
            return Optional.of("L'adresse (url) doit être en https:// : les événements nomment les rendez-vous "
                    + "de la commune et ne circulent pas en clair.");
        }
        return Optional.empty();
    }

    private static boolean isLoopback(String host) {
        String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (literal.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!literal.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false; // a name: not resolved here
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
