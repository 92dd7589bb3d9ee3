package fr.creneau.booking.counterday.command;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Sends a command to a counter-day and waits. Another instance may have appended to the same day since this one
 * cached it (or created the same day at the same moment): the append then fails on the unique (aggregate,
 * sequence) key as a {@link ConcurrencyException}, the stale cache entry is dropped, and the command is simply tried
 * again against the fresh state.
 * <p>
 * Only a few commands run at once. A command holds a database connection from the start of its transaction, also
 * while it waits for its counter-day's lock: in a rush on one day, every pooled connection went to a command waiting
 * for that lock, and the availability reads failed after the pool's timeout (measured: 500s in the passport rush).
 * Commands past the few wait here, holding nothing.
 */
@Component
public class CounterDayCommands {

    private static final int ATTEMPTS = 10;

    private final CommandGateway gateway;
    private final Counter conflicts;
    private final Semaphore running;
    private final Duration queueTimeout;

    CounterDayCommands(CommandGateway gateway, MeterRegistry meters,
                       @Value("${booking.commands.concurrent:5}") int concurrent,
                       @Value("${booking.commands.queue-timeout:PT30S}") Duration queueTimeout) {
        this.gateway = gateway;
        this.conflicts = meters.counter("booking.counterday.conflicts");
        this.running = new Semaphore(concurrent, true);
        this.queueTimeout = queueTimeout;
    }

    public void send(Object command) {
        acquire();
        try {
            sendRetryingConflicts(command);
        } finally {
            running.release();
        }
    }

    private void acquire() {
        try {
            if (!running.tryAcquire(queueTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("no command slot within " + queueTimeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a command slot", e);
        }
    }

    private void sendRetryingConflicts(Object command) {
        for (int attempt = 1; ; attempt++) {
            try {
                gateway.sendAndWait(command);
                return;
            } catch (RuntimeException e) {
                RuntimeException cause = unwrap(e);
                if (!isConflict(cause) || attempt == ATTEMPTS) {
                    throw cause;
                }
                conflicts.increment();
                pause(attempt);
            }
        }
    }

    private static boolean isConflict(RuntimeException e) {
        return e instanceof ConcurrencyException || e instanceof AggregateStreamCreationException;
    }

    private static RuntimeException unwrap(RuntimeException e) {
        Throwable cause = e;
        while ((cause instanceof CommandExecutionException) && cause.getCause() instanceof RuntimeException inner) {
            cause = inner;
        }
        return (RuntimeException) cause;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(attempt * 5L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a command", e);
        }
    }
}
