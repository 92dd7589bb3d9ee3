package fr.creneau.gateway.ratelimit;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.AntPathMatcher;

import java.util.List;

/**
 * Which budget a request draws from. Reserving a slot sends a code by SMS (it costs money and can be used to
 * harass someone) and confirming tries a code (it can be brute-forced): both are sensitive. Logging in tries a
 * password: it has a budget of its own, so that a mairie's agents signing in at opening time from one address
 * do not use up the reservations of the citizens at its counter, nor the other way round. The ANTS' national site
 * searches for every citizen of the country who looks for a slot: it has a budget of its own ({@link AntsCaller}).
 */
enum Tier {
    GENERAL, SENSITIVE, LOGIN, ANTS;

    private static final AntPathMatcher MATCHER = new AntPathMatcher();
    private static final List<String> SENSITIVE_POSTS = List.of(
            "/api/booking/**/reservations",
            "/api/booking/appointments/*/confirmation");

    static Tier of(ServerHttpRequest request) {
        if (!HttpMethod.POST.equals(request.getMethod())) {
            return GENERAL;
        }
        String path = request.getPath().pathWithinApplication().value();
        if (path.equals("/api/auth/login")) {
            return LOGIN;
        }
        return SENSITIVE_POSTS.stream().anyMatch(pattern -> MATCHER.match(pattern, path)) ? SENSITIVE : GENERAL;
    }
}
