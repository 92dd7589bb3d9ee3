package fr.creneau.notification.planning.web;

import fr.creneau.notification.planning.view.CommuneSuspensions;
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
 * A suspended commune's notification settings are read, never changed: every write under
 * {@code /communes/{communeId}/} is a French 409, after the agent guard (401, 403) has had its say. What concerns the
 * appointments already booked stays open: a preview, a notice tried again, a webhook delivery sent again.
 */
@Configuration(proxyBeanMethods = false)
class SuspendedCommunes implements WebMvcConfigurer {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final CommuneSuspensions suspensions;

    SuspendedCommunes(CommuneSuspensions suspensions) {
        this.suspensions = suspensions;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (!READS.contains(request.getMethod())
                        && request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> vars
                        && vars.get("communeId") instanceof String communeId && suspensions.suspended(communeId)) {
                    throw new ConflictException(("La commune « %s » est suspendue par l'opérateur de la plateforme : "
                            + "ses réglages de notification restent consultables mais ne peuvent pas être modifiés. "
                            + "Les messages des rendez-vous déjà pris partent toujours.").formatted(communeId),
                            Map.of("suspended", true));
                }
                return true;
            }
        }).addPathPatterns("/api/notifications/communes/**")
                .excludePathPatterns("/api/notifications/communes/*/templates/*/*/preview",
                        "/api/notifications/communes/*/notices/*/retry",
                        "/api/notifications/communes/*/webhooks/*/deliveries/*/replay")
                .order(1000);
    }
}
