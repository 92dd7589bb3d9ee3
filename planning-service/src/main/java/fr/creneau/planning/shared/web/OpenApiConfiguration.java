package fr.creneau.planning.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI planningApi() {
        return new OpenAPI().info(new Info()
                .title("Créneau — planning")
                .version("v1")
                .description("Administration des plannings d'une commune : lieux, guichets, agents, types de "
                        + "rendez-vous, semaines de référence (une plage « 09h00-12h00 » par ligne), jours fériés, "
                        + "fermetures exceptionnelles et absences. Changer une semaine de référence change aussitôt les "
                        + "guichets où elle est appliquée ; une semaine suivie par un guichet ne peut être supprimée (409). "
                        + "Toute erreur est un application/problem+json en français (une semaine mal écrite liste ses "
                        + "erreurs dans errors[{day, line, detail}]) ; un identifiant d'une autre commune est un 404."));
    }
}
