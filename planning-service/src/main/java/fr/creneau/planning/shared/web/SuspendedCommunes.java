package fr.creneau.planning.shared.web;

import fr.creneau.planning.commune.view.CommuneView;
import fr.creneau.planning.view.PlanningViews;
import fr.creneau.platform.problem.ConflictException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Map;
import java.util.Set;

/**
 * A suspended commune's planning is read, never changed: every write under {@code /communes/{communeId}/} is a
 * French 409, after the agent guard (401, 403) has had its say.
 */
@Configuration(proxyBeanMethods = false)
class SuspendedCommunes implements WebMvcConfigurer {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final PlanningViews views;

    SuspendedCommunes(PlanningViews views) {
        this.views = views;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (!READS.contains(request.getMethod())
                        && request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> vars
                        && vars.get("communeId") instanceof String communeId) {
                    refuseIfSuspended(communeId);
                }
                return true;
            }
        }).addPathPatterns("/api/planning/communes/**").order(1000);
    }

    private void refuseIfSuspended(String communeId) {
        views.find(CommuneView.KIND, communeId, CommuneView.class).filter(CommuneView::suspended).ifPresent(commune -> {
            throw new ConflictException(("La commune « %s » est suspendue par l'opérateur de la plateforme : son "
                    + "planning reste consultable mais ne peut pas être modifié.").formatted(communeId),
                    Map.of("suspended", true));
        });
    }
}
