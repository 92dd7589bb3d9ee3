package fr.creneau.stats.dimension.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LabelOfferTest {

    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant TEN = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void ofEachValueOnlyTheOffersOfTheGreatestPriorityThenMomentAreKeptEachLabelOnce() {
        LabelOffer planning = offer("place-1", "Hôtel de ville", 1, NINE);
        LabelOffer tieA = offer("place-2", "Annexe", 0, TEN);
        LabelOffer tieB = offer("place-2", "Annexe nord", 0, TEN);

        List<LabelOffer> winners = LabelOffer.winners(List.of(
                offer("place-1", "Mairie", 0, TEN), planning, offer("place-1", "Mairie", 0, NINE),
                offer("place-2", "Vieille annexe", 0, NINE), tieA, tieB, tieA));

        assertThat(winners).containsExactlyInAnyOrder(planning, tieA, tieB);
    }

    @Test
    void offersThatNameNothingAreLeftOut() {
        assertThat(LabelOffer.winners(List.of(offer(null, "Mairie", 0, NINE), offer("place-1", " ", 0, NINE),
                new LabelOffer(null, Dimension.PLACE, "place-1", "Mairie", 0, NINE)))).isEmpty();
    }

    @Test
    void anOfferWithoutMomentCountsAsTheOldest() {
        assertThat(offer("place-1", "Mairie", 0, null).occurredAt()).isEqualTo(Instant.EPOCH);
    }

    private static LabelOffer offer(String id, String label, int priority, Instant at) {
        return new LabelOffer("villeneuve", Dimension.PLACE, id, label, priority, at);
    }
}
