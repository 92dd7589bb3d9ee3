package fr.creneau.platform.request;

import fr.creneau.platform.json.StrictJson;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Spring MVC reads request bodies with {@link StrictJson}, and JSON only. The converter is replaced in MVC's list
 * only: the one Spring Boot shares with the HTTP clients it builds keeps reading other servers' answers as before.
 * The XML converters a library brings along (Twilio's SDK brings Jackson's XML module) are dropped: they read a body
 * loosely, past every rule of {@link StrictJson}.
 */
class StrictJsonConverter implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.removeIf(converter -> converter.getSupportedMediaTypes().stream()
                .anyMatch(type -> type.getSubtype().equals("xml") || type.getSubtype().endsWith("+xml")));
        converters.replaceAll(converter -> converter.getClass() == MappingJackson2HttpMessageConverter.class
                ? new MappingJackson2HttpMessageConverter(
                        StrictJson.forRequests(((MappingJackson2HttpMessageConverter) converter).getObjectMapper()))
                : converter);
    }
}
