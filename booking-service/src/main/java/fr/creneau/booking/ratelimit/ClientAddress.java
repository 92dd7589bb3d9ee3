package fr.creneau.booking.ratelimit;

import jakarta.servlet.http.HttpServletRequest;

/** The caller's IP: the first address of X-Forwarded-For when the gateway set it, else the socket's. */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].trim();
        }
        return request.getRemoteAddr();
    }
}
