package fr.creneau.booking.ants.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the ANTS' token check in front of every endpoint of the API it calls. */
@Configuration
class EditorWebConfiguration implements WebMvcConfigurer {

    private final EditorToken token;

    EditorWebConfiguration(EditorToken token) {
        this.token = token;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(token).addPathPatterns("/api/booking/ants/**");
    }
}
