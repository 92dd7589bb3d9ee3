package fr.creneau.gateway.session;

import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.config.annotation.web.server.EnableSpringWebSession;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;

/**
 * WebFlux's sessions in the tables of Spring Session JDBC (migration V2): the session id cookie, its attributes
 * ({@code server.reactive.session.cookie.*}) and the idle timeout ({@code server.reactive.session.timeout}) are
 * Spring Boot's as before; expired sessions are deleted every minute by each gateway.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringWebSession
class SessionConfiguration {

    @Bean
    JdbcIndexedSessionRepository jdbcSessions(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                                              ServerProperties server) {
        JdbcIndexedSessionRepository sessions = new JdbcIndexedSessionRepository(jdbc,
                new TransactionTemplate(transactions));
        Duration timeout = server.getReactive().getSession().getTimeout();
        sessions.setDefaultMaxInactiveInterval(timeout);
        return sessions;
    }

    @Bean
    JdbcReactiveSessions<?> reactiveSessions(JdbcIndexedSessionRepository sessions) {
        return new JdbcReactiveSessions<>(sessions);
    }
}
