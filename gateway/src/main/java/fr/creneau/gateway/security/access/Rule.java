package fr.creneau.gateway.security.access;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.Set;

/** Requests with one of these methods (any method when empty) on paths matching the pattern need this access. */
record Rule(Set<HttpMethod> methods, PathPattern pattern, Access access) {

    static final Set<HttpMethod> ANY = Set.of();
    static final Set<HttpMethod> READ = Set.of(HttpMethod.GET, HttpMethod.HEAD);
    static final Set<HttpMethod> WRITE = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    static Rule of(Set<HttpMethod> methods, String pattern, Access access) {
        return new Rule(methods, PathPatternParser.defaultInstance.parse(pattern), access);
    }

    static Rule of(HttpMethod method, String pattern, Access access) {
        return of(Set.of(method), pattern, access);
    }

    /** The match, with the commune the path names (null if none), or null when the rule does not apply. */
    Decision match(HttpMethod method, PathContainer path) {
        if (!methods.isEmpty() && !methods.contains(method)) {
            return null;
        }
        PathPattern.PathMatchInfo info = pattern.matchAndExtract(path);
        return info == null ? null
                : new Decision(access, info.getUriVariables().get("communeId"), info.getUriVariables().get("agentId"),
                        methods + " " + pattern.getPatternString());
    }
}
