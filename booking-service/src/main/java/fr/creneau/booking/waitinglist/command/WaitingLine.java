package fr.creneau.booking.waitinglist.command;

import fr.creneau.booking.counterday.domain.TimeRange;
import fr.creneau.booking.counterday.domain.Usage;
import fr.creneau.booking.waitinglist.domain.FreedPlace;
import fr.creneau.booking.waitinglist.domain.NextInLine;
import fr.creneau.booking.waitinglist.domain.Offer;
import fr.creneau.booking.waitinglist.domain.OfferAccepted;
import fr.creneau.booking.waitinglist.domain.OfferDeclined;
import fr.creneau.booking.waitinglist.domain.OfferExpired;
import fr.creneau.booking.waitinglist.domain.OfferExpiry;
import fr.creneau.booking.waitinglist.domain.OfferRefused;
import fr.creneau.booking.waitinglist.domain.OpenedPlaces;
import fr.creneau.booking.waitinglist.domain.SlotOffered;
import fr.creneau.booking.waitinglist.domain.Waiter;
import fr.creneau.booking.waitinglist.domain.WaitingLineJoined;
import fr.creneau.booking.waitinglist.domain.WaitingLineLeft;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The appointments of one type at one place waiting for an earlier slot, first asked first served, and the freed
 * places offered to them. Every decision is taken on the whole line and appended with its next sequence number, so
 * two instances can never both offer one place, nor offer two places to one waiter: the loser of a race gets a
 * concurrency conflict and runs again on the fresh line. A freed place is offered to one waiter at a time; when the
 * offer is declined, expires (a durable deadline) or its waiter leaves, it goes to the next who fits.
 */
@Aggregate
class WaitingLine {

    static final String OFFER_EXPIRY = "waiting-offer-expiry";

    @AggregateIdentifier
    private String lineId;
    private final List<Waiter> waiters = new ArrayList<>();
    private final Map<String, Offer> liveOffers = new HashMap<>();
    private final Map<String, Set<String>> offeredTo = new HashMap<>();
    private final Set<String> lastOfferExpired = new HashSet<>();

    WaitingLine() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(JoinWaitingLine command) {
        if (waiter(command.waiter().appointmentId()).isEmpty()) {
            apply(new WaitingLineJoined(command.lineId(), command.waiter()));
        }
    }

    @CommandHandler
    void handle(LeaveWaitingLine command, DeadlineManager deadlines) {
        if (waiter(command.appointmentId()).isEmpty()) {
            return;
        }
        Offer live = liveOffers.get(command.appointmentId());
        if (live != null) {
            apply(new OfferDeclined(lineId, live.offerId(), command.appointmentId(), command.now()));
        }
        apply(new WaitingLineLeft(lineId, command.appointmentId(), command.now()));
        if (live != null) {
            offerNext(live.place(), live.validity(), command.now(), deadlines);
        }
    }

    @CommandHandler
    void handle(OfferFreedPlace command, DeadlineManager deadlines) {
        if (!offeredTo.containsKey(command.place().freedPlaceId())) {
            offerNext(command.place(), command.validity(), command.now(), deadlines);
        }
    }

    /** Each waiter without a live offer, in order, is offered the earliest opened place that fits them. */
    @CommandHandler
    List<Usage> handle(OfferOpenedCapacity command, DeadlineManager deadlines) {
        String prefix = command.openingId() + "/";
        if (offeredTo.keySet().stream().anyMatch(id -> id.startsWith(prefix))) {
            return List.of();
        }
        OpenedPlaces open = new OpenedPlaces(command.opened(), command.step());
        for (Waiter waiter : List.copyOf(waiters)) {
            if (liveOffers.containsKey(waiter.appointmentId())) {
                continue;
            }
            Optional<TimeRange> range = open.earliestFor(waiter, command.now());
            if (range.isPresent()) {
                int units = waiter.booking().units();
                offer(FreedPlace.opened(prefix + range.get().start(), command.counterDayId(), command.counterId(),
                        command.counterName(), range.get(), units), waiter, command.validity(), command.now(),
                        deadlines);
                open = open.minus(range.get(), units);
            }
        }
        return open.ranges();
    }

    @CommandHandler
    void handle(DeclineOffer command, DeadlineManager deadlines) {
        Offer offer = liveOffer(command.appointmentId(), command.now());
        apply(new OfferDeclined(lineId, offer.offerId(), command.appointmentId(), command.now()));
        offerNext(offer.place(), offer.validity(), command.now(), deadlines);
    }

    /** The offer taken, for the move that follows it. */
    @CommandHandler
    Offer handle(AcceptOffer command) {
        Offer offer = liveOffer(command.appointmentId(), command.now());
        apply(new OfferAccepted(lineId, offer, command.now()));
        return offer;
    }

    @DeadlineHandler(deadlineName = OFFER_EXPIRY)
    void onOfferExpiry(OfferExpiry expiry, DeadlineManager deadlines) {
        liveOffers.values().stream().filter(offer -> offer.offerId().equals(expiry.offerId())).findFirst()
                .ifPresent(offer -> {
                    apply(new OfferExpired(lineId, offer.offerId(), offer.appointmentId(), offer.expiresAt()));
                    offerNext(offer.place(), offer.validity(), offer.expiresAt(), deadlines);
                });
    }

    private void offerNext(FreedPlace place, Duration validity, Instant now, DeadlineManager deadlines) {
        Set<String> tried = offeredTo.getOrDefault(place.freedPlaceId(), Set.of());
        NextInLine.forPlace(place, waiters, liveOffers.keySet(), tried, now)
                .ifPresent(waiter -> offer(place, waiter, validity, now, deadlines));
    }

    private void offer(FreedPlace place, Waiter waiter, Duration validity, Instant now, DeadlineManager deadlines) {
        int rank = offeredTo.getOrDefault(place.freedPlaceId(), Set.of()).size() + 1;
        Offer offer = new Offer(place.freedPlaceId() + "/" + rank, place, waiter, now, now.plus(validity));
        apply(new SlotOffered(lineId, offer, now));
        deadlines.schedule(offer.expiresAt(), OFFER_EXPIRY, new OfferExpiry(offer.offerId()));
    }

    private Offer liveOffer(String appointmentId, Instant now) {
        if (waiter(appointmentId).isEmpty()) {
            throw OfferRefused.notWaiting();
        }
        Offer offer = liveOffers.get(appointmentId);
        if (offer == null) {
            throw lastOfferExpired.contains(appointmentId) ? OfferRefused.expired() : OfferRefused.none();
        }
        if (!offer.isLiveAt(now)) {
            throw OfferRefused.expired();
        }
        return offer;
    }

    private Optional<Waiter> waiter(String appointmentId) {
        return waiters.stream().filter(waiter -> waiter.appointmentId().equals(appointmentId)).findFirst();
    }

    @EventSourcingHandler
    void on(WaitingLineJoined event) {
        lineId = event.lineId();
        waiters.add(event.waiter());
        waiters.sort(Comparator.comparing(Waiter::requestedAt).thenComparing(Waiter::appointmentId));
    }

    @EventSourcingHandler
    void on(WaitingLineLeft event) {
        waiters.removeIf(waiter -> waiter.appointmentId().equals(event.appointmentId()));
        lastOfferExpired.remove(event.appointmentId());
    }

    @EventSourcingHandler
    void on(SlotOffered event) {
        Offer offer = event.offer();
        offeredTo.computeIfAbsent(offer.place().freedPlaceId(), id -> new HashSet<>()).add(offer.appointmentId());
        liveOffers.put(offer.appointmentId(), offer);
        lastOfferExpired.remove(offer.appointmentId());
    }

    @EventSourcingHandler
    void on(OfferDeclined event) {
        liveOffers.remove(event.appointmentId());
    }

    @EventSourcingHandler
    void on(OfferExpired event) {
        liveOffers.remove(event.appointmentId());
        lastOfferExpired.add(event.appointmentId());
    }

    @EventSourcingHandler
    void on(OfferAccepted event) {
        liveOffers.remove(event.offer().appointmentId());
        waiters.removeIf(waiter -> waiter.appointmentId().equals(event.offer().appointmentId()));
    }
}
