package fr.creneau.platform.identity;

import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.Role;
import fr.creneau.platform.problem.ForbiddenException;
import fr.creneau.platform.problem.UnauthenticatedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Guards the agent paths: no identity, or one the gateway did not sign, is a 401; a commune in the path
 * ({@value #COMMUNE_VARIABLE}) that is not the agent's is a 403, and so is a role missing from the handler's
 * {@link AgentRoles}. A partner's account reaches only the handlers whose {@link AgentRoles} name
 * {@link Role#PARTNER}. Ids of entities are the handlers' business: one of another commune is answered like an
 * unknown one, 404.
 */
public class AgentAccessInterceptor implements HandlerInterceptor {

    static final String COMMUNE_VARIABLE = "communeId";

    private final CurrentAgent agents;

    public AgentAccessInterceptor(CurrentAgent agents) {
        this.agents = agents;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        AgentIdentity identity = agents.of(request).orElseThrow(UnauthenticatedException::new);
        communeInPath(request).ifPresent(communeId -> requireMemberOf(identity, communeId));
        AgentRoles roles = Optional.ofNullable(method.getMethodAnnotation(AgentRoles.class))
                .orElseGet(() -> AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), AgentRoles.class));
        if (roles != null) {
            requireAnyOf(identity, roles.value());
        }
        if (identity.isOnlyAPartner() && (roles == null || !Arrays.asList(roles.value()).contains(Role.PARTNER))) {
            throw new ForbiddenException("Un compte partenaire ne sert qu'à prendre et suivre les rendez-vous "
                    + "de ses bénéficiaires.");
        }
        return true;
    }

    private static void requireMemberOf(AgentIdentity identity, String communeId) {
        if (!identity.belongsTo(communeId)) {
            throw new ForbiddenException("Vous n'avez pas accès à la commune « %s ».".formatted(communeId));
        }
    }

    private static void requireAnyOf(AgentIdentity identity, Role... anyOf) {
        if (anyOf.length > 0 && Arrays.stream(anyOf).noneMatch(identity::has)) {
            throw new ForbiddenException("Cette action est réservée au rôle : %s.".formatted(Arrays.stream(anyOf)
                    .map(Role::label).collect(Collectors.joining(" ou "))));
        }
    }

    private static Optional<String> communeInPath(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map && map.get(COMMUNE_VARIABLE) instanceof String communeId
                ? Optional.of(communeId) : Optional.empty();
    }
}
