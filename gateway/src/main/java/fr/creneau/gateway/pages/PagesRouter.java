package fr.creneau.gateway.pages;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

/**
 * Serves the static pages under clean addresses: /dev/inbox rather than /dev/inbox.html, and every address of a
 * commune's booking pages (/c/{commune}, /c/{commune}/rdv/{token}) as the one page that reads its own path. The
 * links in the citizen's messages (/gerer/{token}, /gerer/{token}/annulation, /gerer/{token}?creneau=...) open
 * that same page, which finds the appointment and its commune from the token.
 */
@Configuration(proxyBeanMethods = false)
class PagesRouter {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    @Bean
    RouterFunction<ServerResponse> pages(@Value("classpath:/static/index.html") Resource home,
                                         @Value("classpath:/static/dev/inbox.html") Resource devInbox,
                                         @Value("classpath:/static/c/index.html") Resource citizenPages) {
        return route(GET("/"), request -> html(home))
                .andRoute(GET("/dev/inbox"), request -> html(devInbox))
                .andRoute(GET("/c/{commune}").or(GET("/c/{commune}/**")), request -> html(citizenPages))
                .andRoute(GET("/gerer/{token}").or(GET("/gerer/{token}/**")), request -> html(citizenPages));
    }

    private static Mono<ServerResponse> html(Resource page) {
        return ServerResponse.ok().contentType(HTML).bodyValue(page);
    }
}
