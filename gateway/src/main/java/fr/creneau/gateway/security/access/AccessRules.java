package fr.creneau.gateway.security.access;

import fr.creneau.gateway.security.AgentAuthentication;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.List;

import static fr.creneau.gateway.security.access.Access.ACCOUNTS_ADMIN;
import static fr.creneau.gateway.security.access.Access.COMMUNE_ADMIN;
import static fr.creneau.gateway.security.access.Access.COMMUNE_MANAGER;
import static fr.creneau.gateway.security.access.Access.COMMUNE_MANAGER_OR_THE_AGENT;
import static fr.creneau.gateway.security.access.Access.COMMUNE_MEMBER;
import static fr.creneau.gateway.security.access.Access.COMMUNE_MEMBER_OR_PARTNER;
import static fr.creneau.gateway.security.access.Access.PLATFORM_ADMIN;
import static fr.creneau.gateway.security.access.Access.PUBLIC;
import static fr.creneau.gateway.security.access.Access.SIGNED_IN;
import static fr.creneau.gateway.security.access.Access.SOME_COMMUNE_MEMBER;
import static fr.creneau.gateway.security.access.Rule.ANY;
import static fr.creneau.gateway.security.access.Rule.WRITE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * The gateway's access rules, first match wins; the README's role matrix is this table. The services check the
 * same again from the identity the gateway signs: the gateway is the first wall, not the only one.
 */
@Component
public class AccessRules implements ReactiveAuthorizationManager<AuthorizationContext> {

    private static final List<Rule> RULES = List.of(
            // citizens
            Rule.of(GET, "/api/booking/communes/{communeId}/portal", PUBLIC),
            Rule.of(GET, "/api/booking/communes/{communeId}/availability", PUBLIC),
            Rule.of(POST, "/api/booking/communes/{communeId}/reservations", PUBLIC),
            Rule.of(ANY, "/api/booking/appointments/{appointmentId}/confirmation", PUBLIC),
            Rule.of(ANY, "/api/booking/appointments/{appointmentId}/code", PUBLIC),
            Rule.of(ANY, "/api/booking/manage/{token}/**", PUBLIC),
            // an agent's calendar feed: calendar applications have no session, the secret in the address is the key
            Rule.of(Rule.READ, "/api/booking/calendars/{feed}", PUBLIC),
            // the ANTS' national site: booking-service checks its token (X-HUB-RDV-AUTH-TOKEN)
            Rule.of(GET, "/api/booking/ants/**", PUBLIC),
            Rule.of(POST, "/api/notifications/twilio/status", PUBLIC),
            // Twilio Voice's webhooks: booking-service checks Twilio's signature on each
            Rule.of(POST, "/api/booking/voice/**", PUBLIC),
            Rule.of(GET, "/api/notifications/dev-inbox", PUBLIC),
            // signing in and out
            Rule.of(POST, "/api/auth/login", PUBLIC),
            Rule.of(POST, "/api/auth/logout", PUBLIC),
            Rule.of(GET, "/api/auth/methods", PUBLIC),
            Rule.of(ANY, "/api/me", SIGNED_IN),
            // the platform
            Rule.of(POST, "/api/planning/communes", PLATFORM_ADMIN),
            Rule.of(ANY, "/api/notifications/dead-letters/**", PLATFORM_ADMIN),
            Rule.of(ANY, "/api/{service}/operator/**", PLATFORM_ADMIN),
            Rule.of(ANY, "/api/accounts/communes/{communeId}/accounts/**", ACCOUNTS_ADMIN),
            // a commune moving in: its data imported by the operator or by its administrator
            Rule.of(ANY, "/api/{service}/imports/communes/{communeId}/**", ACCOUNTS_ADMIN),
            Rule.of(ANY, "/api/integrations/communes/{communeId}/**", COMMUNE_ADMIN),
            // a commune's colours and logo: its citizen pages read them, its administrator sets them
            Rule.of(GET, "/api/branding/communes/{communeId}/**", PUBLIC),
            Rule.of(ANY, "/api/branding/communes/{communeId}/**", COMMUNE_ADMIN),
            // a commune's settings: its administrator; agents' time and closures: its service managers too; an
            // agent's own absences: that agent too
            Rule.of(WRITE, "/api/planning/communes/{communeId}/agents/{agentId}/availabilities/**", COMMUNE_MANAGER),
            Rule.of(WRITE, "/api/planning/communes/{communeId}/agents/{agentId}/absences/**", COMMUNE_MANAGER_OR_THE_AGENT),
            Rule.of(WRITE, "/api/planning/communes/{communeId}/closures/**", COMMUNE_MANAGER),
            // a service manager's services' counters, agents and types: planning-service checks which are theirs
            Rule.of(WRITE, "/api/planning/communes/{communeId}/counters/**", COMMUNE_MANAGER),
            Rule.of(WRITE, "/api/planning/communes/{communeId}/agents/**", COMMUNE_MANAGER),
            Rule.of(WRITE, "/api/planning/communes/{communeId}/appointment-types/**", COMMUNE_MANAGER),
            Rule.of(WRITE, "/api/planning/communes/{communeId}/**", COMMUNE_ADMIN),
            Rule.of(POST, "/api/notifications/communes/{communeId}/templates/{kind}/{channel}/preview", COMMUNE_MEMBER),
            Rule.of(POST, "/api/notifications/communes/{communeId}/appointment-types/{typeId}/templates/{kind}/{channel}/preview",
                    COMMUNE_MEMBER),
            Rule.of(POST, "/api/notifications/communes/{communeId}/notices/{noticeId}/retry", COMMUNE_MEMBER),
            Rule.of(WRITE, "/api/notifications/communes/{communeId}/**", COMMUNE_ADMIN),
            Rule.of(WRITE, "/api/booking/agent/communes/{communeId}/ants/**", COMMUNE_ADMIN),
            Rule.of(WRITE, "/api/booking/agent/communes/{communeId}/voice-line", COMMUNE_ADMIN),
            // the commune's agents' calendar feeds, listed and revoked by its administrator (each agent has their own)
            Rule.of(ANY, "/api/booking/agent/communes/{communeId}/calendar-feeds/**", COMMUNE_ADMIN),
            // a partner books the types open to their partner type and follows their own bookings (booking-service
            // checks both); the commune's agents use the same booking path
            Rule.of(POST, "/api/booking/agent/communes/{communeId}/appointments", COMMUNE_MEMBER_OR_PARTNER),
            Rule.of(GET, "/api/booking/agent/communes/{communeId}/availability", COMMUNE_MEMBER_OR_PARTNER),
            Rule.of(GET, "/api/booking/agent/communes/{communeId}/partner/**", COMMUNE_MEMBER_OR_PARTNER),
            // a commune's daily work and figures: any of its accounts but its partners'
            Rule.of(ANY, "/api/booking/agent/communes/{communeId}/**", COMMUNE_MEMBER),
            Rule.of(ANY, "/api/booking/agent/**", SOME_COMMUNE_MEMBER),
            Rule.of(ANY, "/api/{service}/communes/{communeId}/**", COMMUNE_MEMBER),
            Rule.of(ANY, "/api/**", SIGNED_IN),
            // the back-office pages
            Rule.of(GET, "/agent/connexion", PUBLIC),
            Rule.of(ANY, "/agent/assets/**", PUBLIC),
            Rule.of(ANY, "/agent/**", SIGNED_IN),
            // the citizen pages, the widget, the home page, the API documents, health
            Rule.of(ANY, "/**", PUBLIC));

    /** Every rule's pattern, in order (for the tests that go through the whole table). */
    public static List<String> patterns() {
        return RULES.stream().map(rule -> rule.methods() + " " + rule.pattern().getPatternString()).toList();
    }

    public Decision decide(ServerHttpRequest request) {
        return decide(request.getMethod(), request.getPath().pathWithinApplication().value());
    }

    public Decision decide(HttpMethod method, String path) {
        // "/api/planning/communes/" must not escape the rule of "/api/planning/communes"
        String normalised = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        PathContainer container = PathContainer.parsePath(normalised);
        for (Rule rule : RULES) {
            Decision decision = rule.match(method, container);
            if (decision != null) {
                return decision;
            }
        }
        throw new IllegalStateException("the last rule matches every path");
    }

    @Override
    public Mono<AuthorizationDecision> check(Mono<Authentication> authentication, AuthorizationContext context) {
        Decision decision = decide(context.getExchange().getRequest());
        if (decision.access() == PUBLIC) {
            return Mono.just(new AuthorizationDecision(true));
        }
        return authentication
                .filter(AgentAuthentication.class::isInstance)
                .map(agent -> (AgentAuthentication) agent)
                .map(agent -> new AuthorizationDecision(agent.mayUse(context.getExchange().getRequest().getMethod())
                        && decision.allows(agent.account())))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }
}
