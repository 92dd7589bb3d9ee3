package fr.creneau.gateway.session;

import org.springframework.session.ReactiveSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/**
 * Spring Session JDBC's repository seen through the reactive interface WebFlux needs: each call runs on the bounded
 * elastic scheduler, never on the event loop.
 *
 * @param <S> the repository's own session class (package-private in Spring Session JDBC)
 */
class JdbcReactiveSessions<S extends Session> implements ReactiveSessionRepository<S> {

    // the ids Spring Session makes (UuidSessionIdGenerator): any other cookie value names no session, and is not
    // worth a query (nor can it carry a NUL or a megabyte to the database)
    private static final Pattern SESSION_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final SessionRepository<S> sessions;

    JdbcReactiveSessions(SessionRepository<S> sessions) {
        this.sessions = sessions;
    }

    /** A new session in memory only: it is written when it is saved, that is when something was put in it. */
    @Override
    public Mono<S> createSession() {
        return Mono.fromSupplier(sessions::createSession);
    }

    @Override
    public Mono<Void> save(S session) {
        return offloaded(() -> {
            sessions.save(session);
            return null;
        });
    }

    /** The session with this id, unless it is unknown or expired (an expired one is deleted on the way). */
    @Override
    public Mono<S> findById(String id) {
        if (id == null || !SESSION_ID.matcher(id).matches()) {
            return Mono.empty();
        }
        return offloaded(() -> sessions.findById(id));
    }

    @Override
    public Mono<Void> deleteById(String id) {
        if (id == null || !SESSION_ID.matcher(id).matches()) {
            return Mono.empty();
        }
        return offloaded(() -> {
            sessions.deleteById(id);
            return null;
        });
    }

    private static <T> Mono<T> offloaded(Callable<T> call) {
        return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
    }
}
