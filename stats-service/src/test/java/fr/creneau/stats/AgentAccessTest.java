package fr.creneau.stats;

import fr.creneau.identity.Role;
import fr.creneau.testsupport.AgentEndpoints;
import fr.creneau.testsupport.AgentEndpoints.Endpoint;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.ServiceClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The figures of a commune are for its agents only. */
class AgentAccessTest extends StatsIntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = AgentEndpoints.under(mapping, "/api/stats/");
        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(3);
        return endpoints;
    }

    private int get(String path, HttpHeaders identity) {
        return ServiceClient.on(port, "").as(identity).get(path).status();
    }

    @Test
    void everyStatisticsEndpointAnswersUnauthorizedWithoutAnAgent() {
        for (Endpoint endpoint : endpoints()) {
            assertThat(get(endpoint.path(Map.of("communeId", "villeneuve")), new HttpHeaders()))
                    .as(endpoint.toString()).isEqualTo(401);
        }
    }

    @Test
    void everyStatisticsEndpointOfAnotherCommuneIsForbidden() {
        for (Endpoint endpoint : endpoints()) {
            assertThat(get(endpoint.path(Map.of("communeId", "ailleurs")), AgentHeaders.of("villeneuve")))
                    .as(endpoint.toString()).isEqualTo(403);
        }
    }

    @Test
    void anyAgentOfTheCommuneReadsItsFigures() {
        for (Endpoint endpoint : endpoints()) {
            assertThat(get(endpoint.path(Map.of("communeId", "villeneuve")), AgentHeaders.of("villeneuve", Role.AGENT)))
                    .as(endpoint.toString()).isEqualTo(200);
        }
    }
}
