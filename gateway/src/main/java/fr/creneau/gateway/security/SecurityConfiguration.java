package fr.creneau.gateway.security;

import fr.creneau.gateway.account.Accounts;
import fr.creneau.gateway.apikey.ApiKeys;
import fr.creneau.gateway.problem.ProblemWriter;
import fr.creneau.gateway.security.access.AccessRules;
import fr.creneau.gateway.security.oidc.ProConnectLogin;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.HttpStatusReturningServerLogoutSuccessHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfServerLogoutHandler;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

import java.time.Clock;

/**
 * Spring Security for the gateway: the agent kept in the WebSession (in the database, see the session package), no
 * form or basic login (agents sign in through {@link LoginController}, or ProConnect when configured), CSRF by
 * cookie and header, and the {@link AccessRules} for every request.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableScheduling // LoginAttempts forgets old failures
class SecurityConfiguration {

    static final String LOGOUT = "/api/auth/logout";

    @Bean
    AccountSecurityContextRepository securityContextRepository(Accounts accounts, ApiKeys apiKeys,
            @Value("${server.reactive.session.cookie.name:SESSION}") String sessionCookie) {
        return new AccountSecurityContextRepository(accounts, apiKeys, sessionCookie);
    }

    /**
     * No observation of each security filter and authorization: on every request they wrapped the chain's filters
     * in timers nothing reads (7 % of the gateway's CPU samples on the trivial route, with the proxied call's own).
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    ServerCsrfTokenRepository csrfTokenRepository() {
        return CookieServerCsrfTokenRepository.withHttpOnlyFalse();
    }

    @Bean
    LoginAttempts loginAttempts(JdbcClient jdbc, LoginProperties properties, Clock clock) {
        return new LoginAttempts(jdbc, properties, clock);
    }

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, AccessRules rules, ProblemWriter problems,
            AccountSecurityContextRepository contexts, ServerCsrfTokenRepository csrfTokens,
            ObjectProvider<ProConnectLogin> proConnect,
            @Value("${server.reactive.session.cookie.name:SESSION}") String sessionCookie) {
        Refused refused = new Refused(problems, rules);
        SecurityContextServerLogoutHandler forgetAgent = new SecurityContextServerLogoutHandler();
        forgetAgent.setSecurityContextRepository(contexts);
        http.securityContextRepository(contexts)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .csrf(csrf -> csrf
                        .csrfTokenRepository(csrfTokens)
                        // the header carries the cookie's value as it is (the pages read it from document.cookie)
                        .csrfTokenRequestHandler(new CsrfTokenInHeader())
                        .requireCsrfProtectionMatcher(new CsrfRequired(rules, sessionCookie))
                        .accessDeniedHandler(refused))
                .addFilterAfter(new CsrfCookie(sessionCookie), SecurityWebFiltersOrder.CSRF)
                .addFilterAfter(new PageHeaders(), SecurityWebFiltersOrder.HTTP_HEADERS_WRITER)
                .logout(logout -> logout
                        .requiresLogout(ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, LOGOUT))
                        .logoutHandler(new DelegatingServerLogoutHandler(forgetAgent,
                                new WebSessionServerLogoutHandler(), new CsrfServerLogoutHandler(csrfTokens)))
                        .logoutSuccessHandler(new HttpStatusReturningServerLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
                .headers(headers -> headers
                        // the citizen pages open inside communes' sites (widget.js) and their assets are cached:
                        // PageHeaders lets only them be framed, and keeps the back office out of caches
                        .frameOptions(ServerHttpSecurity.HeaderSpec.FrameOptionsSpec::disable)
                        .cache(ServerHttpSecurity.HeaderSpec.CacheSpec::disable))
                .authorizeExchange(exchanges -> exchanges.anyExchange().access(rules))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(new LoginRequired(problems))
                        .accessDeniedHandler(refused));
        proConnect.ifAvailable(login -> login.configure(http, contexts));
        return http.build();
    }
}
