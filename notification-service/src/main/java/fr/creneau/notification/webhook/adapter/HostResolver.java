package fr.creneau.notification.webhook.adapter;

import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * The addresses an endpoint's host name stands for, as the JDK resolves them. The JDK keeps a resolution 30 s, so
 * the client that posts right after this check connects to the addresses checked.
 */
@Component
public class HostResolver {

    /** The host of {@code url} and its addresses; empty when the name does not resolve. */
    public Optional<Resolved> resolve(String url) {
        String host = URI.create(url).getHost();
        if (host == null) {
            return Optional.empty();
        }
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        try {
            return Optional.of(new Resolved(name, List.of(InetAddress.getAllByName(name))));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** A host name and what it resolved to. */
    public record Resolved(String host, List<InetAddress> addresses) {
    }
}
