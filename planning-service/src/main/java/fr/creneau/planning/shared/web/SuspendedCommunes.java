package fr.creneau.planning.shared.web;

import fr.creneau.planning.commune.view.CommuneView;
import fr.creneau.planning.view.PlanningViews;
import fr.creneau.platform.suspension.SuspendedCommuneWrites;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A suspended commune's planning is read, never changed: every write under {@code /communes/{communeId}/} is a
 * French 409, after the agent guard (401, 403) has had its say.
 */
@Configuration(proxyBeanMethods = false)
class SuspendedCommunes implements WebMvcConfigurer {

    private final PlanningViews views;

    SuspendedCommunes(PlanningViews views) {
        this.views = views;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SuspendedCommuneWrites(communeId -> views
                        .find(CommuneView.KIND, communeId, CommuneView.class).filter(CommuneView::suspended).isPresent(),
                        "son planning reste consultable mais ne peut pas être modifié"))
                .addPathPatterns("/api/planning/communes/**").order(SuspendedCommuneWrites.ORDER);
    }
}
