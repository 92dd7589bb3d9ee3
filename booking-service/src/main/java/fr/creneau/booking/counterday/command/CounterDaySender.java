package fr.creneau.booking.counterday.command;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
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
 * (JFR: 220 s of waits in Hikari's pool and 133 s on the aggregate's lock in 15 s at 32 clients). Across days, only a
 * few commands run at once, for the same reason. A command that waits longer than the queue's time limit, or loses
 * to another instance too many times in a row, is {@link CommandsBusy}: a 503 the citizen may retry, not a 500.
 */
@Component
public class CounterDaySender {

    private static final int ATTEMPTS = 20;
    private static final int STRIPES = 256;

    private final CommandGateway gateway;
    private final Counter conflicts;
    private final Counter busy;
    private final Timer waits;
    private final Timer runs;
    private final Lock[] days = IntStream.range(0, STRIPES).mapToObj(i -> new ReentrantLock(true)).toArray(Lock[]::new);
    private final Semaphore running;
    private final Duration queueTimeout;

    CounterDaySender(CommandGateway gateway, MeterRegistry meters,
                       @Value("${booking.commands.concurrent:5}") int concurrent,
                       @Value("${booking.commands.queue-timeout:PT20S}") Duration queueTimeout) {
        this.gateway = gateway;
        this.conflicts = meters.counter("booking.counterday.conflicts");
        this.busy = meters.counter("booking.counterday.busy");
        this.waits = meters.timer("booking.counterday.wait");
        this.runs = meters.timer("booking.counterday.run");
        this.running = new Semaphore(concurrent, true);
        this.queueTimeout = queueTimeout;
    }

    public void send(CounterDayCommand command) {
        try {
            sendInTurn(command);
        } catch (CommandsBusy e) {
            busy.increment();
            throw e;
        }
    }

    private void sendInTurn(CounterDayCommand command) {
        Lock day = days[Math.floorMod(command.counterDayId().hashCode(), STRIPES)];
        long deadline = System.nanoTime() + queueTimeout.toNanos();
        for (int attempt = 1; ; attempt++) {
            try {
                sendAlone(day, command, deadline);
                return;
            } catch (RuntimeException e) {
                RuntimeException cause = unwrap(e);
                if (!isConflict(cause)) {
                    throw cause;
                }
                if (attempt == ATTEMPTS) {
                    throw new CommandsBusy("lost " + ATTEMPTS + " times in a row to another instance", cause);
                }
                conflicts.increment();
                // without the day's turn: meanwhile this instance's other commands to the day may go
                pause(attempt);
            }
        }
    }

    private void sendAlone(Lock day, CounterDayCommand command, long deadline) {
        long queued = System.nanoTime();
        acquire(day, deadline);
        try {
            acquire(running, deadline);
            long started = System.nanoTime();
            waits.record(started - queued, TimeUnit.NANOSECONDS);
            try {
                gateway.sendAndWait(command);
                runs.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            } finally {
                running.release();
            }
        } finally {
            day.unlock();
        }
    }

    private void acquire(Lock day, long deadline) {
        try {
            if (!day.tryLock(millisUntil(deadline), TimeUnit.MILLISECONDS)) {
                throw new CommandsBusy("the day's turn did not come within " + queueTimeout, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandsBusy("interrupted while waiting for the day's turn", e);
        }
    }

    private void acquire(Semaphore slots, long deadline) {
        try {
            if (!slots.tryAcquire(millisUntil(deadline), TimeUnit.MILLISECONDS)) {
                throw new CommandsBusy("no command slot within " + queueTimeout, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandsBusy("interrupted while waiting for a command slot", e);
        }
    }

    /** On the monotonic clock: a queue's time limit is a duration, not a date. */
    private static long millisUntil(long deadline) {
        return Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
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

    /** 5, 10, 15… ms and a random part, so that two instances that collided do not collide again in step. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(attempt * 5L + ThreadLocalRandom.current().nextLong(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandsBusy("interrupted while retrying a command", e);
        }
    }
}
