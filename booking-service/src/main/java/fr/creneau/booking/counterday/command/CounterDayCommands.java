package fr.creneau.booking.counterday.command;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.IntStream;

/**
 * Sends a command to a counter-day and waits. Another instance may have appended to the same day since this one
 * cached it (or created the same day at the same moment): the append then fails on the unique (aggregate,
 * sequence) key as a {@link ConcurrencyException}, the stale cache entry is dropped, and the command is simply tried
 * again against the fresh state.
 * <p>
 * Commands to one day queue here, one at a time, rather than inside Axon: Axon opens the transaction, and so takes
 * a pooled connection, before it locks the aggregate. In a rush on one day every connection of the pool belonged to
 * a request waiting for that day's lock, and the others (the catalog, the codes) waited for a connection behind them
 * (JFR: 220 s of waits in Hikari's pool and 133 s on the aggregate's lock in 15 s at 32 clients).
 */
@Component
public class CounterDayCommands {

    private static final int ATTEMPTS = 10;
    private static final int STRIPES = 256;

    private final CommandGateway gateway;
    private final Counter conflicts;
    private final Lock[] days = IntStream.range(0, STRIPES).mapToObj(i -> new ReentrantLock(true)).toArray(Lock[]::new);

    CounterDayCommands(CommandGateway gateway, MeterRegistry meters) {
        this.gateway = gateway;
        this.conflicts = meters.counter("booking.counterday.conflicts");
    }

    public void send(CounterDayCommand command) {
        Lock day = days[Math.floorMod(command.counterDayId().hashCode(), STRIPES)];
        for (int attempt = 1; ; attempt++) {
            try {
                sendAlone(day, command);
                return;
            } catch (RuntimeException e) {
                RuntimeException cause = unwrap(e);
                if (!isConflict(cause) || attempt == ATTEMPTS) {
                    throw cause;
                }
                conflicts.increment();
                // without the day's turn: meanwhile this instance's other commands to the day may go
                pause(attempt);
            }
        }
    }

    private void sendAlone(Lock day, CounterDayCommand command) {
        day.lock();
        try {
            gateway.sendAndWait(command);
        } finally {
            day.unlock();
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
