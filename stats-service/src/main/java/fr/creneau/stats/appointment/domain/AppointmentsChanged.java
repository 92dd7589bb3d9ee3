package fr.creneau.stats.appointment.domain;

import java.util.List;

/**
 * Published inside the transaction that applied a batch of booking events, once for the batch, so that listeners
 * (the analysts' stream) act before it commits: each change in the order its event was applied.
 */
public record AppointmentsChanged(List<AppointmentChanged> changes) {

    public AppointmentsChanged {
        changes = List.copyOf(changes);
    }
}
