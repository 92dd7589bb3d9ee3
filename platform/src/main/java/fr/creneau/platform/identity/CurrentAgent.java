package fr.creneau.platform.identity;

import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.IdentityToken;
import fr.creneau.identity.RefusedIdentityException;
import fr.creneau.platform.problem.UnauthenticatedException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.time.Clock;
import java.util.Optional;

/**
 * Gives a handler its {@link AgentIdentity} parameter, read from the token the gateway signed; a request without
 * one, or with one the gateway did not sign, is answered 401.
 */
public class CurrentAgent implements HandlerMethodArgumentResolver {

    private static final String ATTRIBUTE = AgentIdentity.class.getName();

    private final IdentityToken tokens;
    private final Clock clock;

    public CurrentAgent(IdentityToken tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(AgentIdentity.class);
    }

    @Override
    public AgentIdentity resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        return of(request).orElseThrow(UnauthenticatedException::new);
    }

    /** The identity the gateway forwarded with {@code request}, checked once and kept on the request. */
    public Optional<AgentIdentity> of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof AgentIdentity known) {
            return Optional.of(known);
        }
        String token = request.getHeader(IdentityToken.HEADER);
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        AgentIdentity identity;
        try {
            identity = tokens.verify(token.trim(), clock.instant());
        } catch (RefusedIdentityException refused) {
            throw new UnauthenticatedException(refused.getMessage());
        }
        request.setAttribute(ATTRIBUTE, identity);
        return Optional.of(identity);
    }
}
