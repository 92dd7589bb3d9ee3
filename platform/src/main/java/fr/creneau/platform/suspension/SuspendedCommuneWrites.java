package fr.creneau.platform.suspension;

import fr.creneau.platform.problem.ConflictException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Refuses every write under a path naming a suspended commune ({@code {communeId}}) with a French 409 that says
 * {@code what} stays readable. Registered after the agent guard, so that 401 and 403 have their say first. Each
 * service says how it knows a suspension and which paths it covers.
 */
public final class SuspendedCommuneWrites implements HandlerInterceptor {

    /** After the agent guard's interceptor. */
    public static final int ORDER = 1000;
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final Predicate<String> suspended;
    private final String what;

    /** {@code what}: what the suspended commune keeps readable, e.g. "son planning reste consultable". */
    public SuspendedCommuneWrites(Predicate<String> suspended, String what) {
        this.suspended = suspended;
        this.what = what;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!READS.contains(request.getMethod())
                && request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> vars
                && vars.get("communeId") instanceof String communeId && suspended.test(communeId)) {
            throw new ConflictException("La commune « %s » est suspendue par l'opérateur de la plateforme : %s."
                    .formatted(communeId, what), Map.of("suspended", true));
        }
        return true;
    }
}
