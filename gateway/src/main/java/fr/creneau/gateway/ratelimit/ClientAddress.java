package fr.creneau.gateway.ratelimit;

import org.springframework.web.server.ServerWebExchange;

import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The address a client is counted under. X-Forwarded-For is read only when the connection comes from one of our
 * own reverse proxies, and then from the right: each trusted proxy appends the address it received the request
 * from, so the right-most entry that is not one of ours is the client. Entries further left were written by the
 * client itself and prove nothing.
 */
class ClientAddress {

    private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(\\.\\d{1,3}){3}):\\d+");

    private final List<TrustedProxy> trustedProxies;

    /** @param trustedProxies addresses or CIDR ranges (10.0.0.0/8, ::1) of the reverse proxies in front of us */
    ClientAddress(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(String::strip).filter(entry -> !entry.isEmpty())
                .map(TrustedProxy::parse).toList();
    }

    String of(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        String peer = remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> forwarded = exchange.getRequest().getHeaders().getOrEmpty("X-Forwarded-For").stream()
                .flatMap(header -> Arrays.stream(header.split(",")))
                .map(String::strip).filter(entry -> !entry.isEmpty()).toList();
        String client = peer;
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            client = literal(forwarded.get(i));
            if (!isTrusted(client)) {
                return client;
            }
        }
        // every hop was one of ours: the left-most is as close to the client as we know
        return client;
    }

    private boolean isTrusted(String address) {
        return trustedProxies.stream().anyMatch(proxy -> proxy.contains(address));
    }

    /** Drops a port some proxies add ("203.0.113.9:4711", "[2001:db8::1]:4711"). */
    private static String literal(String entry) {
        var withPort = IPV4_WITH_PORT.matcher(entry);
        if (withPort.matches()) {
            return withPort.group(1);
        }
        if (entry.startsWith("[") && entry.contains("]")) {
            return entry.substring(1, entry.indexOf(']'));
        }
        return entry;
    }
}
