package fr.creneau.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A Content-Security-Policy on every answer: scripts, styles and calls from this site only, no plugin, no
 * {@code <base>}. Only the citizen pages may be framed, by any commune's site (widget.js opens them in a frame), and
 * show the commune's logo from its site; everything else (back office, home, dev pages, API) may be framed by no one.
 * The back office is never kept in a shared cache.
 */
public class PageHeaders implements WebFilter {

    private static final String POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; ";
    static final String CITIZEN_POLICY = POLICY + "img-src 'self' data: https: http:; frame-ancestors *";
    public static final String OTHER_POLICY = POLICY + "img-src 'self' data:; frame-ancestors 'none'";

    /** The headers of an answer that is no citizen page, for filters that answer before the security chain. */
    public static void forbidFraming(HttpHeaders headers) {
        headers.set("Content-Security-Policy", OTHER_POLICY);
        headers.set("X-Frame-Options", "DENY");
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            if (isCitizenPage(path)) {
                headers.set("Content-Security-Policy", CITIZEN_POLICY);
            } else {
                forbidFraming(headers);
            }
            if (isAgents(path) && !path.startsWith("/agent/assets/")) {
                headers.setCacheControl("no-store");
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    private static boolean isCitizenPage(String path) {
        return path.startsWith("/c/") || path.startsWith("/gerer/");
    }

    private static boolean isAgents(String path) {
        return path.equals("/agent") || path.startsWith("/agent/") || path.startsWith("/api/auth/")
                || path.equals("/api/me") || path.startsWith("/api/accounts/");
    }
}
