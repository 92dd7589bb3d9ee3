package fr.creneau.platform.request;

import fr.creneau.platform.json.StrictJson;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Spring MVC reads request bodies with {@link StrictJson}. The converter is replaced in MVC's list only: the one
 * Spring Boot shares with the HTTP clients it builds keeps reading other servers' answers as before.
 */
class StrictJsonConverter implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.replaceAll(converter -> converter.getClass() == MappingJackson2HttpMessageConverter.class
                ? new MappingJackson2HttpMessageConverter(
                        StrictJson.forRequests(((MappingJackson2HttpMessageConverter) converter).getObjectMapper()))
                : converter);
    }
}
