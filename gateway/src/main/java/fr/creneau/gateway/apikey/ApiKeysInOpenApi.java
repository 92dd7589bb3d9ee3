package fr.creneau.gateway.apikey;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The gateway's document says how a server presents a key; the services' documents (under /api-docs/) name the
 * same scheme on their agent paths.
 */
@Component
class ApiKeysInOpenApi implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSecuritySchemes("cleApi", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").description("Une clé d'API de la commune, créée par son administrateur "
                        + "(POST /api/integrations/communes/{communeId}/api-keys, montrée une seule fois), présentée "
                        + "en Authorization: Bearer crn_… ou X-Api-Key: crn_… sur l'API des agents "
                        + "(/api/planning, /api/booking/agent, /api/notifications, /api/stats). Portée READ : GET "
                        + "seulement, 403 sinon ; WRITE : ce que fait un agent (rôle AGENT). Révoquée ou inconnue : "
                        + "401. Limites de débit comptées par clé."));
    }
}
