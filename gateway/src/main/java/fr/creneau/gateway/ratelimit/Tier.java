package fr.creneau.gateway.ratelimit;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.AntPathMatcher;

import java.util.List;

/**
 * Which budget a request draws from. Reserving a slot sends a code by SMS (it costs money and can be used to
 * harass someone), confirming tries a code and logging in tries a password (both can be brute-forced): all three
 * are sensitive.
 */
enum Tier {
    GENERAL, SENSITIVE;

    private static final AntPathMatcher MATCHER = new AntPathMatcher();
    private static final List<String> SENSITIVE_POSTS = List.of(
            "/api/booking/**/reservations",
            "/api/booking/appointments/*/confirmation",
            "/api/auth/login");

    static Tier of(ServerHttpRequest request) {
        if (!HttpMethod.POST.equals(request.getMethod())) {
            return GENERAL;
        }
        String path = request.getPath().pathWithinApplication().value();
        return SENSITIVE_POSTS.stream().anyMatch(pattern -> MATCHER.match(pattern, path)) ? SENSITIVE : GENERAL;
    }
}
