package fr.creneau.booking.counterday.command;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

import java.util.concurrent.ThreadLocalRandom;

/** What a command's failure says: lost to another instance's append (try again), or anything else. */
final class Conflicts {

    private Conflicts() {
    }

    static boolean isConflict(RuntimeException e) {
        return e instanceof ConcurrencyException || e instanceof AggregateStreamCreationException;
    }

    /** The exception the handler threw, out of the command bus's wrapping. */
    static RuntimeException unwrap(RuntimeException e) {
        Throwable cause = e;
        while ((cause instanceof CommandExecutionException) && cause.getCause() instanceof RuntimeException inner) {
            cause = inner;
        }
        return (RuntimeException) cause;
    }

    /** 5, 10, 15… ms and a random part, so that two instances that collided do not collide again in step. */
    static void pause(int attempt) {
        try {
            Thread.sleep(attempt * 5L + ThreadLocalRandom.current().nextLong(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandsBusy("interrupted while retrying a command", e);
        }
    }
}
