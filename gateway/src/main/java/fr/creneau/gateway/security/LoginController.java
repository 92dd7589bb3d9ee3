package fr.creneau.gateway.security;

import fr.creneau.gateway.account.Account;
import fr.creneau.gateway.account.Accounts;
import fr.creneau.gateway.account.CredentialLimits;
import fr.creneau.gateway.problem.ProblemWriter;
import fr.creneau.gateway.security.oidc.ProConnectLogin;
import fr.creneau.identity.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * {@code POST /api/auth/login} with a username and a password, {@code GET /api/me}. Logging out is Spring
 * Security's logout filter on {@code POST /api/auth/logout}.
 */
@RestController
class LoginController {

    private final Accounts accounts;
    private final LoginAttempts attempts;
    private final AccountSecurityContextRepository contexts;
    private final ServerCsrfTokenRepository csrfTokens;
    private final ObjectProvider<ProConnectLogin> proConnect;

    LoginController(Accounts accounts, LoginAttempts attempts, AccountSecurityContextRepository contexts,
                    ServerCsrfTokenRepository csrfTokens, ObjectProvider<ProConnectLogin> proConnect) {
        this.proConnect = proConnect;
        this.accounts = accounts;
        this.attempts = attempts;
        this.contexts = contexts;
        this.csrfTokens = csrfTokens;
    }

    record Credentials(String username, String password) {
    }

    /** The signed-in account; {@code serviceIds} a service manager's services, {@code partnerType} a partner's. */
    record Me(UUID accountId, String username, String displayName, String communeId, Set<Role> roles,
              String agentId, List<String> serviceIds, String partnerType) {

        static Me of(Account account) {
            return new Me(account.id(), account.username(), account.displayName(), account.communeId(),
                    account.roles(), account.agentId(), account.serviceIds(), account.partnerType());
        }
    }

    // JSON only: a form posted from another site cannot send it without the browser asking this site first
    @PostMapping(path = "/api/auth/login", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<?>> login(@RequestBody Credentials credentials, ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().value();
        if (credentials.username() == null || credentials.username().isBlank() || credentials.password() == null) {
            return Mono.just(ProblemWriter.entity(ProblemWriter.problem(HttpStatus.BAD_REQUEST, "Requête invalide",
                    "Indiquez votre identifiant et votre mot de passe.", path)));
        }
        String username = credentials.username().strip();
        if (!CredentialLimits.fit(username, credentials.password())) {
            return Mono.just(ProblemWriter.entity(ProblemWriter.problem(HttpStatus.BAD_REQUEST, "Requête invalide",
                    "L'identifiant compte %d caractères au plus, et le mot de passe %d octets au plus.".formatted(
                            CredentialLimits.LONGEST_USERNAME, CredentialLimits.LONGEST_PASSWORD_BYTES), path)));
        }
        return attempts.lockedFor(username)
                .<ResponseEntity<?>>map(locked -> tooManyAttempts(locked, path))
                .switchIfEmpty(Mono.defer(() -> authenticate(username, credentials.password(), exchange)));
    }

    private Mono<ResponseEntity<?>> authenticate(String username, String password, ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().value();
        return accounts.authenticate(username, password)
                .flatMap(account -> attempts.succeeded(username).then(signIn(exchange, account))
                        .<ResponseEntity<?>>thenReturn(ResponseEntity.ok(Me.of(account))))
                .switchIfEmpty(Mono.defer(() -> attempts.failed(username).thenReturn(
                        ProblemWriter.entity(ProblemWriter.problem(HttpStatus.UNAUTHORIZED, "Connexion refusée",
                                "Identifiant ou mot de passe incorrect.", path)))));
    }

    /** What the login page may offer. */
    @GetMapping("/api/auth/methods")
    Map<String, Object> methods() {
        return proConnect.getIfAvailable() == null ? Map.of("password", true, "proconnect", false)
                : Map.of("password", true, "proconnect", true, "proconnectUrl", ProConnectLogin.START);
    }

    @GetMapping("/api/me")
    Me me(@AuthenticationPrincipal Account account) {
        return Me.of(account);
    }

    /** A new session id (against session fixation), the agent in it, and a new CSRF token for the new session. */
    private Mono<Void> signIn(ServerWebExchange exchange, Account account) {
        return exchange.getSession()
                .flatMap(WebSession::changeSessionId)
                .then(contexts.save(exchange, new SecurityContextImpl(new AgentAuthentication(account))))
                .then(renewCsrfToken(exchange));
    }

    private Mono<Void> renewCsrfToken(ServerWebExchange exchange) {
        return csrfTokens.generateToken(exchange).flatMap(token -> {
            exchange.getResponse().getCookies().remove("XSRF-TOKEN");
            exchange.getAttributes().put(CsrfToken.class.getName(), Mono.just(token));
            return csrfTokens.saveToken(exchange, token);
        });
    }

    private static ResponseEntity<ProblemDetail> tooManyAttempts(Duration locked, String path) {
        long minutes = Math.max(1, (locked.toSeconds() + 59) / 60);
        ProblemDetail problem = ProblemWriter.problem(HttpStatus.TOO_MANY_REQUESTS, "Trop de tentatives",
                "Trop de mots de passe erronés pour cet identifiant. Réessayez dans %d minute%s."
                        .formatted(minutes, minutes > 1 ? "s" : ""), path);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Retry-After", Long.toString(Math.max(1, locked.toSeconds()))).body(problem);
    }
}
