package fr.creneau.gateway.pages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

/**
 * The back office's pages under clean addresses: /agent/ is static/agent/index.html, /agent/{page} is
 * static/agent/{page}.html, /agent/admin/ static/agent/admin/index.html and /agent/admin/{page}
 * static/agent/admin/{page}.html. Their scripts and styles are
 * plain static files under /agent/assets/. Which pages need a session is the access rules' business.
 */
@Configuration(proxyBeanMethods = false)
class AgentPagesRouter {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final String PAGE = "{page:[a-z0-9-]+}";

    @Bean
    RouterFunction<ServerResponse> agentPages() {
        return route(GET("/agent").or(GET("/agent/")), request -> page("static/agent/index.html"))
                .andRoute(GET("/agent/admin").or(GET("/agent/admin/")), request -> page("static/agent/admin/index.html"))
                .andRoute(GET("/agent/" + PAGE), request -> page("static/agent/" + request.pathVariable("page") + ".html"))
                .andRoute(GET("/agent/admin/" + PAGE),
                        request -> page("static/agent/admin/" + request.pathVariable("page") + ".html"));
    }

    private static Mono<ServerResponse> page(String location) {
        Resource page = new ClassPathResource(location);
        return page.exists() ? ServerResponse.ok().contentType(HTML).bodyValue(page) : ServerResponse.notFound().build();
    }
}
