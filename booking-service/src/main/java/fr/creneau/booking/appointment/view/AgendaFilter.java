package fr.creneau.booking.appointment.view;

import fr.creneau.booking.counterday.domain.BookingStatus;

import java.util.Set;

/**
 * What the agenda keeps, each part ignored when null: the appointments at one of {@code counterIds}, of
 * {@code agentId}, in {@code status}, and either of one of {@code typeIds} or held by one of {@code agentIds} (a
 * service's types and agents).
 */
public record AgendaFilter(Set<String> counterIds, String agentId, BookingStatus status, Set<String> typeIds,
        Set<String> agentIds) {

    public static final AgendaFilter NONE = new AgendaFilter(null, null, null, null, null);

    public AgendaFilter {
        counterIds = counterIds == null ? null : Set.copyOf(counterIds);
        typeIds = typeIds == null ? null : Set.copyOf(typeIds);
        agentIds = agentIds == null ? null : Set.copyOf(agentIds);
        if ((typeIds == null) != (agentIds == null)) {
            throw new IllegalArgumentException("a service's types and agents go together");
        }
    }

    /** Whether no appointment can pass: an empty set of counters, or a service with neither types nor agents. */
    public boolean excludesAll() {
        return (counterIds != null && counterIds.isEmpty())
                || (typeIds != null && typeIds.isEmpty() && agentIds.isEmpty());
    }
}
