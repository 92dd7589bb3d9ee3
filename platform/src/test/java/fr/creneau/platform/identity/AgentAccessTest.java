package fr.creneau.platform.identity;

import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.IdentityToken;
import fr.creneau.identity.Role;
import fr.creneau.platform.problem.ProblemHandler;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AgentAccessTest {

    private static final IdentityToken TOKENS = new IdentityToken("une-clé-de-test-assez-longue-pour-hmac-sha256");
    private static final CurrentAgent AGENTS = new CurrentAgent(TOKENS, Clock.systemUTC());

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Endpoints())
            .addMappedInterceptors(new String[]{"/agent/**"}, new AgentAccessInterceptor(AGENTS))
            .setCustomArgumentResolvers(AGENTS)
            .setControllerAdvice(new ProblemHandler())
            // as in a service, where the platform keeps JSON only (jackson-dataformat-xml is on this test classpath)
            .setMessageConverters(new StringHttpMessageConverter(), new MappingJackson2HttpMessageConverter())
            .build();

    @RestController
    static class Endpoints {

        @GetMapping("/agent/communes/{communeId}/things")
        String read(@PathVariable String communeId, AgentIdentity agent) {
            return agent.displayName() + " lit " + communeId;
        }

        @PostMapping("/agent/communes/{communeId}/things")
        @AgentRoles({Role.COMMUNE_ADMIN, Role.SERVICE_MANAGER})
        String write(@PathVariable String communeId, AgentIdentity agent) {
            return agent.actor();
        }

        @GetMapping("/agent/communes/{communeId}/bookings")
        @AgentRoles({Role.AGENT, Role.PARTNER})
        String bookings(@PathVariable String communeId, AgentIdentity agent) {
            return agent.partnerType();
        }

        @PostMapping("/agent/communes")
        @AgentRoles(Role.PLATFORM_ADMIN)
        String create() {
            return "créée";
        }

        @GetMapping("/public/communes/{communeId}")
        String open(@PathVariable String communeId) {
            return communeId;
        }
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String commune, String roles) {
        return as(request, commune, roles, null);
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String commune, String roles,
            String agentId) {
        Set<Role> held = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).filter(name -> Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(name)))
                .map(Role::valueOf).forEach(held::add);
        AgentIdentity identity = new AgentIdentity("compte-1", commune, held, agentId, "Amélie Roux");
        return request.header(IdentityToken.HEADER, TOKENS.sign(identity, Instant.now()));
    }

    @Test
    void anAgentReadsTheirOwnCommuneWithTheirNameDecoded() throws Exception {
        mvc.perform(as(get("/agent/communes/lyon/things"), "lyon", "AGENT"))
                .andExpect(status().isOk())
                .andExpect(content().string("Amélie Roux lit lyon"));
    }

    @Test
    void aCallWithoutIdentityIsAnUnauthorizedProblemInFrench() throws Exception {
        mvc.perform(get("/agent/communes/lyon/things"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Authentification requise"));
    }

    @Test
    void identityHeadersWithoutTheGatewaysSignatureAreUnauthorized() throws Exception {
        mvc.perform(get("/agent/communes/lyon/things").header("X-Creneau-Agent-Account", "compte-1")
                        .header("X-Creneau-Agent-Commune", "lyon").header("X-Creneau-Agent-Roles", "COMMUNE_ADMIN"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType("application/problem+json"));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsUnauthorizedInFrench() throws Exception {
        IdentityToken someoneElses = new IdentityToken("une-autre-clé-que-celle-de-la-passerelle!");
        String forged = someoneElses.sign(new AgentIdentity("compte-1", "lyon", Set.of(Role.COMMUNE_ADMIN), null,
                "Pirate"), Instant.now());

        mvc.perform(get("/agent/communes/lyon/things").header(IdentityToken.HEADER, forged))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Authentification requise"))
                .andExpect(jsonPath("$.detail").value("L'identité de l'agent n'est pas signée par la passerelle : "
                        + "les services ne répondent aux agents qu'à travers elle."));
    }

    @Test
    void aTokenSignedLongAgoIsUnauthorizedInFrench() throws Exception {
        String old = TOKENS.sign(new AgentIdentity("compte-1", "lyon", Set.of(Role.COMMUNE_ADMIN), null, "Amélie Roux"),
                Instant.now().minus(IdentityToken.LIFETIME).minusSeconds(30));

        mvc.perform(get("/agent/communes/lyon/things").header(IdentityToken.HEADER, old))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("L'identité transmise par la passerelle a expiré : "
                        + "elle ne vaut que pour la requête qui la porte."));
    }

    @Test
    void anotherCommuneInThePathIsForbidden() throws Exception {
        mvc.perform(as(get("/agent/communes/paris/things"), "lyon", "COMMUNE_ADMIN,AGENT"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Accès refusé"))
                .andExpect(jsonPath("$.detail").value("Vous n'avez pas accès à la commune « paris »."));
    }

    @Test
    void aPlatformAdministratorIsNoMemberOfAnyCommune() throws Exception {
        mvc.perform(as(get("/agent/communes/lyon/things"), null, "PLATFORM_ADMIN"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aWriteNeedsOneOfTheRolesItNames() throws Exception {
        mvc.perform(as(post("/agent/communes/lyon/things"), "lyon", "AGENT"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(
                        "Cette action est réservée au rôle : administrateur de la commune ou responsable de service."));
        mvc.perform(as(post("/agent/communes/lyon/things"), "lyon", "SERVICE_MANAGER", "agent-7"))
                .andExpect(status().isOk())
                .andExpect(content().string("agent-7"));
    }

    @Test
    void aPartnerReachesOnlyTheHandlersThatNameThem() throws Exception {
        AgentIdentity partner = new AgentIdentity("compte-2", "lyon", Set.of(Role.PARTNER), null, "Léa Petit",
                java.util.List.of(), "travailleur-social");
        String token = TOKENS.sign(partner, Instant.now());

        mvc.perform(get("/agent/communes/lyon/things").header(IdentityToken.HEADER, token))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(
                        "Un compte partenaire ne sert qu'à prendre et suivre les rendez-vous de ses bénéficiaires."));
        mvc.perform(get("/agent/communes/lyon/bookings").header(IdentityToken.HEADER, token))
                .andExpect(status().isOk())
                .andExpect(content().string("travailleur-social"));
    }

    @Test
    void onlyAPlatformAdministratorCreatesACommune() throws Exception {
        mvc.perform(as(post("/agent/communes"), "lyon", "COMMUNE_ADMIN")).andExpect(status().isForbidden());
        mvc.perform(as(post("/agent/communes"), null, "PLATFORM_ADMIN")).andExpect(status().isOk());
    }

    @Test
    void rolesTheServiceDoesNotKnowGrantNothing() throws Exception {
        mvc.perform(as(get("/agent/communes/lyon/things"), "lyon", "SUPERUSER"))
                .andExpect(status().isForbidden());
    }

    @Test
    void pathsOutsideTheAgentPathsStayOpen() throws Exception {
        mvc.perform(get("/public/communes/lyon")).andExpect(status().isOk());
    }
}
