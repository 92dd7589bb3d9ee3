package fr.creneau.booking.shared.domain;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An HMAC-SHA256 under one key, initialised once per thread: a {@code Mac} is not thread-safe, and getting one
 * (a provider lookup) then initialising it (the key's pads) at every message cost more than the message itself.
 */
public final class KeyedMac {

    private final ThreadLocal<Mac> macs;

    public KeyedMac(byte[] key) {
        SecretKeySpec spec = new SecretKeySpec(key, "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> initialised(spec));
    }

    /** This thread's Mac, ready for a new message (what an interrupted one fed is dropped). */
    public Mac get() {
        Mac mac = macs.get();
        mac.reset();
        return mac;
    }

    private static Mac initialised(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
