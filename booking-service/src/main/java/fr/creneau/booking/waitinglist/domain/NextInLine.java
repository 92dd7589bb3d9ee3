package fr.creneau.booking.waitinglist.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who a freed place goes to: the first waiter, by time of asking, whose appointment is later than the place and
 * who fits it, who holds no live offer and was not yet offered this place. Nobody, for a place already begun.
 */
public final class NextInLine {

    private NextInLine() {
    }

    public static Optional<Waiter> forPlace(FreedPlace place, List<Waiter> inOrder, Set<String> holdingAnOffer,
            Set<String> alreadyOffered, Instant now) {
        if (!place.range().start().isAfter(now)) {
            return Optional.empty();
        }
        return inOrder.stream()
                .filter(waiter -> !holdingAnOffer.contains(waiter.appointmentId()))
                .filter(waiter -> !alreadyOffered.contains(waiter.appointmentId()))
                .filter(waiter -> waiter.fits(place))
                .findFirst();
    }
}
