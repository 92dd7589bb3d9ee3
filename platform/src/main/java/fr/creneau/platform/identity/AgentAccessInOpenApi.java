package fr.creneau.platform.identity;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.util.AntPathMatcher;

/**
 * The service's document says how its agent paths are reached through the gateway: with an agent's session (and
 * its X-XSRF-TOKEN for writes), or with a commune's API key; the gateway turns either into the identity this
 * service reads. What the document describes is the gateway's front door, not this service's own port.
 */
class AgentAccessInOpenApi implements OpenApiCustomizer {

    static final String SESSION = "sessionAgent";
    static final String API_KEY = "cleApi";

    private final AgentAccessProperties properties;
    private final AntPathMatcher paths = new AntPathMatcher();

    AgentAccessInOpenApi(AgentAccessProperties properties) {
        this.properties = properties;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents()
                .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.COOKIE).name("SESSION")
                        .description("La session d'un agent connecté à la passerelle (POST /api/auth/login) ; "
                                + "une écriture porte aussi l'en-tête X-XSRF-TOKEN."))
                .addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("Une clé d'API de la commune (Authorization: Bearer crn_…, ou X-Api-Key), "
                                + "créée par son administrateur. Portée READ : GET seulement (403 sinon) ; WRITE : "
                                + "ce que fait un agent (rôle AGENT). Une clé révoquée ou inconnue : 401."));
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            if (guarded(path)) {
                item.readOperations().forEach(operation -> operation
                        .addSecurityItem(new SecurityRequirement().addList(SESSION))
                        .addSecurityItem(new SecurityRequirement().addList(API_KEY)));
            }
        });
    }

    private boolean guarded(String path) {
        return properties.paths().stream().anyMatch(pattern -> paths.match(pattern, path))
                && properties.publicPaths().stream().noneMatch(pattern -> paths.match(pattern, path));
    }
}
