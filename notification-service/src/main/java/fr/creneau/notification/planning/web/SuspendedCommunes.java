package fr.creneau.notification.planning.web;

import fr.creneau.notification.planning.view.CommuneSuspensions;
import fr.creneau.platform.suspension.SuspendedCommuneWrites;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A suspended commune's notification settings are read, never changed: every write under
 * {@code /communes/{communeId}/} is a French 409, after the agent guard (401, 403) has had its say. What concerns the
 * appointments already booked stays open: a preview, a notice tried again, a webhook delivery sent again.
 */
@Configuration(proxyBeanMethods = false)
class SuspendedCommunes implements WebMvcConfigurer {

    private final CommuneSuspensions suspensions;

    SuspendedCommunes(CommuneSuspensions suspensions) {
        this.suspensions = suspensions;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SuspendedCommuneWrites(suspensions::suspended,
                        "ses réglages de notification restent consultables mais ne peuvent pas être modifiés. "
                                + "Les messages des rendez-vous déjà pris partent toujours"))
                .addPathPatterns("/api/notifications/communes/**")
                .excludePathPatterns("/api/notifications/communes/*/templates/*/*/preview",
                        "/api/notifications/communes/*/notices/*/retry",
                        "/api/notifications/communes/*/webhooks/*/deliveries/*/replay")
                .order(SuspendedCommuneWrites.ORDER);
    }
}
