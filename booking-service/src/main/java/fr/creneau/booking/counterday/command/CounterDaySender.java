package fr.creneau.booking.counterday.command;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
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
 * Reservations waiting for the same day go through in batches ({@link ReservationsTogether}).
 */
@Component
public class CounterDaySender {

    private static final int ATTEMPTS = 20;
    static final int STRIPES = 256;

    private final CommandGateway gateway;
    private final ReservationsTogether together;
    private final Counter conflicts;
    private final Counter busy;
    private final Timer waits;
    private final Timer runs;
    private final Lock[] days = IntStream.range(0, STRIPES).mapToObj(i -> new ReentrantLock(true)).toArray(Lock[]::new);
    private final Semaphore running;
    private final Duration queueTimeout;

    CounterDaySender(CommandGateway gateway, ReservationsTogether together, MeterRegistry meters,
                       @Value("${booking.commands.concurrent:5}") int concurrent,
                       @Value("${booking.commands.queue-timeout:PT20S}") Duration queueTimeout) {
        this.gateway = gateway;
        this.together = together;
        this.conflicts = meters.counter("booking.counterday.conflicts");
        this.busy = meters.counter("booking.counterday.busy");
        this.waits = meters.timer("booking.counterday.wait");
        this.runs = meters.timer("booking.counterday.run");
        this.running = new Semaphore(concurrent, true);
        this.queueTimeout = queueTimeout;
    }

    public void send(CounterDayCommand command) {
        try {
            int stripe = Math.floorMod(command.counterDayId().hashCode(), STRIPES);
            sendInTurn(command, stripe, together.takes(command) ? together.enter(command, stripe) : null);
        } catch (CommandsBusy e) {
            busy.increment();
            throw e;
        }
    }

    /** {@code waiting}: the reservation as it waits to be run with others of its day, or null. */
    private void sendInTurn(CounterDayCommand command, int stripe, Waiting waiting) {
        QueueDeadline deadline = QueueDeadline.in(queueTimeout);
        for (int attempt = 1; ; attempt++) {
            try {
                sendAlone(stripe, command, waiting, deadline);
                return;
            } catch (RuntimeException e) {
                RuntimeException cause = Conflicts.unwrap(e);
                if (!Conflicts.isConflict(cause)) {
                    throw cause;
                }
                if (attempt == ATTEMPTS) {
                    throw new CommandsBusy("lost " + ATTEMPTS + " times in a row to another instance", cause);
                }
                conflicts.increment();
                // without the day's turn: meanwhile this instance's other commands to the day may go
                Conflicts.pause(attempt);
            }
        }
    }

    private void sendAlone(int stripe, CounterDayCommand command, Waiting waiting, QueueDeadline deadline) {
        long queued = System.nanoTime();
        Lock day = days[stripe];
        try {
            deadline.acquire(day);
        } catch (CommandsBusy e) {
            if (waiting != null && !together.withdraw(waiting, stripe) && waiting.ranElsewhere()) {
                return;
            }
            throw e;
        }
        try {
            if (waiting != null && waiting.settled() && waiting.ranElsewhere()) {
                return;
            }
            deadline.acquire(running);
            long started = System.nanoTime();
            waits.record(started - queued, TimeUnit.NANOSECONDS);
            try {
                run(stripe, command, waiting);
                runs.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            } finally {
                running.release();
            }
        } catch (CommandsBusy e) {
            if (waiting != null) {
                together.withdraw(waiting, stripe);
            }
            throw e;
        } finally {
            day.unlock();
        }
    }

    private void run(int stripe, CounterDayCommand command, Waiting waiting) {
        if (waiting == null || waiting.settled()) {
            gateway.sendAndWait(command);
        } else {
            together.runWith(waiting, stripe);
        }
    }
}
