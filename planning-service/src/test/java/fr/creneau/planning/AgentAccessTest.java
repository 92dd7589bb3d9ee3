package fr.creneau.planning;

import fr.creneau.identity.Role;
import fr.creneau.platform.identity.AgentRoles;
import fr.creneau.testsupport.AgentEndpoints.Endpoint;
import fr.creneau.testsupport.AgentEndpoints;
import fr.creneau.testsupport.AgentHeaders;
import fr.creneau.testsupport.ServiceResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An agent reaches only their own commune, and changes its planning only with the role for it. */
class AgentAccessTest extends PlanningIntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    private String mine;
    private String theirs;

    @BeforeEach
    void twoCommunes() {
        mine = createCommune(uniqueSlug("mine"));
        theirs = createCommune(uniqueSlug("theirs"));
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = AgentEndpoints.under(mapping, "/api/planning/");
        assertThat(endpoints).hasSizeGreaterThan(30);
        return endpoints;
    }

    private ServiceResponse call(HttpMethod method, String path, HttpHeaders identity) {
        RestClient.RequestBodySpec request = anonymous().method(method).uri(path.substring("/api/planning".length()))
                .headers(headers -> headers.addAll(identity));
        return exchange(method == HttpMethod.GET || method == HttpMethod.DELETE ? request
                : request.contentType(MediaType.APPLICATION_JSON).body(Map.of()));
    }

    @Test
    void everyPlanningEndpointAnswersUnauthorizedWithoutAnAgent() {
        for (Endpoint endpoint : endpoints()) {
            ServiceResponse response = call(endpoint.method(), endpoint.path(Map.of("communeId", mine)), new HttpHeaders());

            assertThat(response.status()).as(endpoint.toString()).isEqualTo(401);
            assertThat(response.contentType()).as(endpoint.toString()).isEqualTo("application/problem+json");
        }
    }

    @Test
    void everyEndpointOfAnotherCommuneIsForbiddenEvenToItsAdministrator() {
        for (Endpoint endpoint : endpoints()) {
            ServiceResponse response = call(endpoint.method(), endpoint.path(Map.of("communeId", theirs)), AgentHeaders.of(mine));

            assertThat(response.status()).as(endpoint.toString()).isEqualTo(403);
        }
    }

    @Test
    void everyChangeToAPlanningNamesTheRolesAllowedToMakeIt() {
        mapping.getHandlerMethods().forEach((info, handler) -> {
            boolean change = info.getMethodsCondition().getMethods().stream().anyMatch(method -> method != RequestMethod.GET);
            if (change && info.getPatternValues().stream().anyMatch(pattern -> pattern.startsWith("/api/planning/"))) {
                assertThat(handler.hasMethodAnnotation(AgentRoles.class)).as(info.toString()).isTrue();
            }
        });
    }

    @Test
    void anAgentReadsThePlanningButCannotChangeIt() {
        HttpHeaders agent = AgentHeaders.of(mine, Role.AGENT);

        assertThat(call(HttpMethod.GET, "/api/planning/communes/" + mine + "/places", agent).status()).isEqualTo(200);
        ServiceResponse refused = call(HttpMethod.POST, "/api/planning/communes/" + mine + "/places", agent);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("detail")).isEqualTo("Cette action est réservée au rôle : administrateur de la commune.");
    }

    @Test
    void aServiceManagerNeitherClosesTheWholeCommuneNorCreatesAPlace() {
        HttpHeaders manager = AgentHeaders.of(mine, Role.SERVICE_MANAGER);
        LocalDate day = LocalDate.now().plusDays(10);

        ServiceResponse closure = exchange(anonymous().post().uri("/communes/" + mine + "/closures")
                .headers(headers -> headers.addAll(manager)).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("scope", "COMMUNE", "from", day.toString(), "to", day.toString(), "label", "Pont")));
        ServiceResponse place = exchange(anonymous().post().uri("/communes/" + mine + "/places")
                .headers(headers -> headers.addAll(manager)).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "Mairie", "address", "1 rue")));

        assertThat(closure.status()).isEqualTo(403);
        assertThat(closure.text("detail"))
                .isEqualTo("Seul l'administrateur de la commune peut fermer ou rouvrir toute la commune.");
        assertThat(place.status()).isEqualTo(403);
    }

    @Test
    void onlyThePlatformAdministratorCreatesACommuneAndTheyReadNoCommune() {
        Map<String, String> commune = Map.of("slug", uniqueSlug("new"), "name", "Nouvelle");

        assertThat(exchange(anonymous().post().uri("/communes").headers(headers -> headers.addAll(AgentHeaders.of(mine)))
                .contentType(MediaType.APPLICATION_JSON).body(commune)).status()).isEqualTo(403);
        assertThat(call(HttpMethod.GET, "/api/planning/communes/" + mine, AgentHeaders.platformAdmin()).status())
                .isEqualTo(403);
    }

    @Test
    void aPlaceOfAnotherCommuneIsAnsweredLikeAnUnknownOne() {
        String theirPlace = post("/communes/" + theirs + "/places", Map.of("name", "Mairie", "address", "1 rue"))
                .expect(201).text("placeId");
        HttpHeaders admin = AgentHeaders.of(mine, Role.COMMUNE_ADMIN);
        String path = "/api/planning/communes/" + mine + "/places/";

        ServiceResponse read = call(HttpMethod.GET, path + theirPlace, admin);
        ServiceResponse unknown = call(HttpMethod.GET, path + "no-such-place", admin);
        ServiceResponse removal = call(HttpMethod.DELETE, path + theirPlace, admin);

        assertThat(read.status()).isEqualTo(404);
        assertThat(read.body().get("title")).isEqualTo(unknown.body().get("title"));
        assertThat(removal.status()).isEqualTo(404);
        assertThat(get("/communes/" + theirs + "/places/" + theirPlace).expect(200).text("name")).isEqualTo("Mairie");
    }
}
