package fr.creneau.booking.importing.web;

import fr.creneau.platform.identity.CurrentAgent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Map;

/**
 * Who may import into a commune is checked here, for every import endpoint, before the request's body is read and
 * validated: another commune's agent gets a 403, and learns nothing of what the body should hold. A request without
 * identity is left to the agent access check (booking.agent-access.paths), which answers 401.
 */
@Component
class ImportAccessFirst implements HandlerInterceptor, WebMvcConfigurer {

    private final CurrentAgent agents;

    ImportAccessFirst(CurrentAgent agents) {
        this.agents = agents;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/booking/imports/communes/*/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                && variables.get("commune") instanceof String commune) {
            agents.of(request).ifPresent(agent -> ImportAccess.check(agent, commune));
        }
        return true;
    }
}
