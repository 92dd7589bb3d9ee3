package fr.creneau.booking.ants.command;

import fr.creneau.booking.ants.adapter.AntsAnswer;
import fr.creneau.booking.ants.adapter.AntsProperties;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The circuit breaker in front of the ANTS' status checks: once enough of them failed, the next ones are not even
 * tried for a while, and each booking goes on with its commune's choice at once instead of waiting for a timeout.
 */
@Component
class AntsBreaker {

    private final CircuitBreaker breaker;

    AntsBreaker(AntsProperties properties) {
        AntsProperties.Coordination settings = properties.coordination();
        int window = settings == null || settings.slidingWindow() < 1 ? 10 : settings.slidingWindow();
        this.breaker = CircuitBreaker.of("ants-status", CircuitBreakerConfig.custom()
                .slidingWindowSize(window)
                .minimumNumberOfCalls(Math.min(window, 5))
                .failureRateThreshold(settings == null || settings.failureRateThreshold() < 1 ? 50
                        : settings.failureRateThreshold())
                .waitDurationInOpenState(settings == null || settings.openFor() == null ? Duration.ofSeconds(30)
                        : settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .build());
    }

    AntsAnswer call(Supplier<AntsAnswer> call) {
        if (!breaker.tryAcquirePermission()) {
            return new AntsAnswer(AntsAnswer.Outcome.SKIPPED, null, "circuit ouvert : l'ANTS est tenue pour "
                    + "indisponible", 0);
        }
        AntsAnswer answer = call.get();
        if (answer.outcome() == AntsAnswer.Outcome.FAILED) {
            breaker.onError(answer.durationMillis(), TimeUnit.MILLISECONDS, new IllegalStateException(answer.body()));
        } else {
            breaker.onSuccess(answer.durationMillis(), TimeUnit.MILLISECONDS);
        }
        return answer;
    }

    String state() {
        return breaker.getState().name();
    }
}
