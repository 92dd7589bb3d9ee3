package fr.creneau.notification.webhook.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Addresses a webhook must never be posted to: our own machine and network (loopback, private, link-local with the
 * clouds' metadata service at 169.254.169.254, unique-local IPv6, shared and unspecified ranges, multicast), also
 * when written as an IPv4 address inside an IPv6 one. Otherwise an administrator could make our servers post to
 * services only they can reach. The loopback may be allowed for tests and a laptop.
 */
public final class InternalAddresses {

    private static final byte[] NAT64_PREFIX = {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};

    private InternalAddresses() {
    }

    /** Why a host that resolves to these addresses is refused, in French; empty when all are public. */
    public static Optional<String> refusal(String host, List<InetAddress> addresses, boolean loopbackAllowed) {
        return addresses.stream()
                .filter(address -> internal(address) && !(loopbackAllowed && address.isLoopbackAddress()))
                .findFirst()
                .map(address -> ("L'adresse (url) désigne un réseau interne (%s est %s) : les événements ne sont "
                        + "envoyés qu'à des serveurs publics.").formatted(host, address.getHostAddress()));
    }

    public static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128) || first >= 240;
        }
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (bytes[0] & 0xfe) == 0xfc;
            return uniqueLocal || embeddedIpv4(bytes).map(InternalAddresses::internal).orElse(false);
        }
        return false;
    }

    /** The IPv4 address of an IPv4-compatible (::a.b.c.d) or NAT64 (64:ff9b::a.b.c.d) IPv6 address. */
    private static Optional<InetAddress> embeddedIpv4(byte[] bytes) {
        byte[] prefix = Arrays.copyOf(bytes, 12);
        if (!Arrays.equals(prefix, new byte[12]) && !Arrays.equals(prefix, NAT64_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16)));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
