package fr.creneau.booking.counterday.command;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

/**
 * Sends a command to a counter-day and waits. Another instance may have appended to the same day since this one
 * cached it (or created the same day at the same moment): the append then fails on the unique (aggregate,
 * sequence) key as a {@link ConcurrencyException}, the stale cache entry is dropped, and the command is simply tried
 * again against the fresh state.
 */
@Component
public class CounterDayCommands {

    private static final int ATTEMPTS = 10;

    private final CommandGateway gateway;
    private final Counter conflicts;

    CounterDayCommands(CommandGateway gateway, MeterRegistry meters) {
        this.gateway = gateway;
        this.conflicts = meters.counter("booking.counterday.conflicts");
    }

    public void send(Object command) {
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
