package fr.creneau.planning.shared.web;

import fr.creneau.platform.problem.ForbiddenException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Arrays;
import java.util.Map;

/**
 * Placeholder for the role check until agents can log in: when the gateway names the communes the caller
 * administers in {@value #HEADER} (comma-separated, or {@code *}), a change to another commune is refused with 403.
 * Without the header every change is allowed, as today.
 */
@Component
class CommuneAdministration implements HandlerInterceptor {

    static final String HEADER = "X-Creneau-Admin-Communes";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String administered = request.getHeader(HEADER);
        if (administered == null || "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            return true;
        }
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String communeId = variables instanceof Map<?, ?> map ? (String) map.get("communeId") : null;
        if (communeId == null || Arrays.stream(administered.split(","))
                .map(String::trim).anyMatch(id -> id.equals("*") || id.equals(communeId))) {
            return true;
        }
        throw new ForbiddenException("Vous n'administrez pas la commune « %s ».".formatted(communeId));
    }
}
