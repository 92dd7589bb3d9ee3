package fr.creneau.planning.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
class WebConfiguration implements WebMvcConfigurer {

    private final CommuneAdministration administration;

    WebConfiguration(CommuneAdministration administration) {
        this.administration = administration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(administration).addPathPatterns("/api/planning/communes/{communeId}/**");
    }
}
