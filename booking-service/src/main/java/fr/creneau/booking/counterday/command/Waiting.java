package fr.creneau.booking.counterday.command;

import fr.creneau.booking.counterday.domain.BookingRefused;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A reservation (or a confirmation) waiting for its day's turn, and what became of it when another thread ran it in
 * its batch.
 */
final class Waiting {

    private record Outcome(boolean alone, BookingRefused refusal) {
    }

    /** Who runs it: nobody yet, another thread's batch, or its own thread (which also withdraws it). */
    private enum Claim { WAITING, TAKEN, OWN }

    private final CounterDayCommand command;
    private final AtomicReference<Claim> claim = new AtomicReference<>(Claim.WAITING);
    private final CompletableFuture<Outcome> outcome = new CompletableFuture<>();

    Waiting(CounterDayCommand command) {
        this.command = command;
    }

    CounterDayCommand command() {
        return command;
    }

    /** Another thread takes it into its batch, unless its own thread already has. */
    boolean take() {
        return claim.compareAndSet(Claim.WAITING, Claim.TAKEN);
    }

    /** Its own thread runs it, or gives it up; false if another thread took it first. */
    boolean keep() {
        return claim.compareAndSet(Claim.WAITING, Claim.OWN) || claim.get() == Claim.OWN;
    }

    /** Run in another thread's batch, and written (or refused) with it. */
    void done(BookingRefused refusal) {
        outcome.complete(new Outcome(false, refusal));
    }

    /** Taken into a batch that failed: it must run on its own. */
    void runAlone() {
        outcome.complete(new Outcome(true, null));
    }

    boolean settled() {
        return outcome.isDone();
    }

    /**
     * Once {@link #settled}: true if another thread ran it, false if it must run alone; the day's refusal is thrown
     * here, in the thread of its own request.
     */
    boolean ranElsewhere() {
        Outcome settled;
        try {
            settled = outcome.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandsBusy("interrupted while another thread ran the reservation", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        if (settled.refusal() != null) {
            throw settled.refusal();
        }
        return !settled.alone();
    }
}
