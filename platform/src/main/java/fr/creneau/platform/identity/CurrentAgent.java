package fr.creneau.platform.identity;

import fr.creneau.platform.problem.UnauthenticatedException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.util.Optional;

/** Gives a handler its {@link AgentIdentity} parameter; a request without one is answered 401. */
public class CurrentAgent implements HandlerMethodArgumentResolver {

    private static final String ATTRIBUTE = AgentIdentity.class.getName();

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

    /** The identity the gateway forwarded with {@code request}, read once and kept on the request. */
    public static Optional<AgentIdentity> of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof AgentIdentity known) {
            return Optional.of(known);
        }
        Optional<AgentIdentity> identity = AgentIdentityHeaders.read(request::getHeader);
        identity.ifPresent(found -> request.setAttribute(ATTRIBUTE, found));
        return identity;
    }
}
