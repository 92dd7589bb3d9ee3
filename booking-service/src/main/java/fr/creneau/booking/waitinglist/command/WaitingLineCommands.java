package fr.creneau.booking.waitinglist.command;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends a command to a waiting line and waits. Another instance (or this one's freed-place processor) may have
 * appended to the same line meanwhile: the append then fails on the event store's unique (aggregate, sequence) key,
 * and the command is run again on the fresh line, which decides again.
 */
@Component
class WaitingLineCommands {

    private static final int ATTEMPTS = 10;

    private final CommandGateway gateway;

    WaitingLineCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    <R> R send(Object command) {
        for (int attempt = 1; ; attempt++) {
            try {
                return gateway.sendAndWait(command);
            } catch (RuntimeException e) {
                RuntimeException cause = unwrap(e);
                boolean conflict = cause instanceof ConcurrencyException
                        || cause instanceof AggregateStreamCreationException;
                if (!conflict || attempt == ATTEMPTS) {
                    throw cause;
                }
                pause(attempt);
            }
        }
    }

    private static RuntimeException unwrap(RuntimeException e) {
        Throwable cause = e;
        while (cause instanceof CommandExecutionException && cause.getCause() instanceof RuntimeException inner) {
            cause = inner;
        }
        return (RuntimeException) cause;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(attempt * 5L + ThreadLocalRandom.current().nextLong(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a waiting line's command", e);
        }
    }
}
