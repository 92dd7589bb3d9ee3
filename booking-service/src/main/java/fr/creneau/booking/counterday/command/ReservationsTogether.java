package fr.creneau.booking.counterday.command;

import fr.creneau.booking.counterday.domain.BookingRefused;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Reservations (and confirmations) waiting for the same counter-day's turn are run by whoever gets it, together, in
 * one unit of work and one transaction: in a rush the day's queue moves by one commit per batch, not per citizen.
 * Each is still checked by the day on its own, against those before it; a refusal is a result (see the command
 * bus's configuration), so it costs the others nothing. A batch that lost to another instance is run again; if the
 * unit fails for another reason (a duplicate person), nothing was written, and each runs alone in its own turn.
 */
@Component
class ReservationsTogether {

    private static final int CONFLICT_ATTEMPTS = 5;

    private final CommandGateway gateway;
    private final TransactionManager transactions;
    private final int most;
    private final DistributionSummary sizes;
    private final Counter conflicts;
    private final WaitingRooms rooms = new WaitingRooms(CounterDaySender.STRIPES);

    ReservationsTogether(CommandGateway gateway, TransactionManager transactions, MeterRegistry meters,
            @Value("${booking.commands.batch:20}") int most) {
        this.gateway = gateway;
        this.transactions = transactions;
        this.most = most;
        this.sizes = meters.summary("booking.counterday.batch");
        this.conflicts = meters.counter("booking.counterday.conflicts");
    }

    /** The commands of a rush go together; the others run alone. */
    boolean takes(CounterDayCommand command) {
        return most > 1 && (command instanceof ReserveSlot || command instanceof ConfirmAppointment);
    }

    Waiting enter(CounterDayCommand command, int stripe) {
        return rooms.enter(command, stripe);
    }

    /** True if {@code waiting} left (or had already been run by its own thread) before another took it. */
    boolean withdraw(Waiting waiting, int stripe) {
        return rooms.withdraw(waiting, stripe);
    }

    /** With the day's turn: runs {@code mine} and the reservations waiting for the same day. */
    void runWith(Waiting mine, int stripe) {
        List<Waiting> batch = rooms.take(mine, stripe, most);
        sizes.record(batch.size());
        try {
            if (batch.size() == 1 || !togetherUntilNotAConflict(batch)) {
                gateway.sendAndWait(mine.command());
            }
        } finally {
            // whatever happened, no one taken into this batch is left waiting for it
            batch.stream().filter(waiting -> waiting != mine).forEach(Waiting::runAlone);
        }
    }

    /** Run alone, each of a batch that lost to another instance would lose the same way: it is run again. */
    private boolean togetherUntilNotAConflict(List<Waiting> batch) {
        for (int attempt = 1; attempt <= CONFLICT_ATTEMPTS; attempt++) {
            RuntimeException failure = together(batch);
            if (failure == null) {
                return true;
            }
            if (!Conflicts.isConflict(Conflicts.unwrap(failure))) {
                return false;
            }
            conflicts.increment();
            Conflicts.pause(attempt);
        }
        return false;
    }

    /** Null if the batch was written; else why the unit failed: nothing was written. */
    private RuntimeException together(List<Waiting> batch) {
        DefaultUnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(new GenericMessage<>(batch.get(0).command()
                .counterDayId()));
        unit.attachTransaction(transactions);
        List<BookingRefused> refusals = new ArrayList<>();
        try {
            for (Waiting waiting : batch) {
                refusals.add(refusal(waiting.command()));
            }
            unit.commit();
        } catch (RuntimeException e) {
            if (unit.isActive()) {
                unit.rollback(e);
            }
            return e;
        }
        for (int i = 1; i < batch.size(); i++) {
            batch.get(i).done(refusals.get(i));
        }
        if (refusals.get(0) != null) {
            throw refusals.get(0);
        }
        return null;
    }

    private BookingRefused refusal(CounterDayCommand command) {
        try {
            gateway.sendAndWait(command);
            return null;
        } catch (RuntimeException e) {
            if (Conflicts.unwrap(e) instanceof BookingRefused refused) {
                return refused;
            }
            throw e;
        }
    }
}
