package fr.creneau.gateway.security;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/** Logging out is Spring Security's filter, which springdoc does not see: the gateway's document names it anyway. */
@Component
class LogoutInOpenApi implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        openApi.path(SecurityConfiguration.LOGOUT, new PathItem().post(new Operation()
                .operationId("logout")
                .summary("Ends the agent's session (the X-XSRF-TOKEN header is required with a session)")
                .responses(new ApiResponses().addApiResponse("204", new ApiResponse().description("Signed out")))));
    }
}
