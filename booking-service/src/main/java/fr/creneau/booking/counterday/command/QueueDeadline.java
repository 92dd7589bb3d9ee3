package fr.creneau.booking.counterday.command;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

/**
 * How long a command may still wait for its day's turn and a command slot, on the monotonic clock: a queue's time
 * limit is a duration, not a date. Past it the command is {@link CommandsBusy}.
 */
record QueueDeadline(long nanos, Duration limit) {

    static QueueDeadline in(Duration limit) {
        return new QueueDeadline(System.nanoTime() + limit.toNanos(), limit);
    }

    void acquire(Lock day) {
        try {
            if (!day.tryLock(millisLeft(), TimeUnit.MILLISECONDS)) {
                throw new CommandsBusy("the day's turn did not come within " + limit, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandsBusy("interrupted while waiting for the day's turn", e);
        }
    }

    void acquire(Semaphore slots) {
        try {
            if (!slots.tryAcquire(millisLeft(), TimeUnit.MILLISECONDS)) {
                throw new CommandsBusy("no command slot within " + limit, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandsBusy("interrupted while waiting for a command slot", e);
        }
    }

    private long millisLeft() {
        return Math.max(0, TimeUnit.NANOSECONDS.toMillis(nanos - System.nanoTime()));
    }
}
