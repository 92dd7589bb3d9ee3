package fr.creneau.stats.dimension.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A display name an event gives a dimension value. Of the offers for one value, the one that wins is the greatest
 * by (priority, occurredAt, label): the order the upsert of dimension_label applies, so that offering only the
 * candidates of a batch ends in the same row as offering them all one by one.
 */
public record LabelOffer(String communeId, Dimension dimension, String id, String label, int priority,
        Instant occurredAt) {

    private static final Comparator<LabelOffer> PRECEDENCE = Comparator.comparingInt(LabelOffer::priority)
            .thenComparing(LabelOffer::occurredAt);

    public LabelOffer {
        occurredAt = occurredAt == null ? Instant.EPOCH : occurredAt;
    }

    /** An offer without a commune, an id or a non-blank label names nothing. */
    public boolean namesSomething() {
        return communeId != null && id != null && label != null && !label.isBlank();
    }

    /**
     * The offers of {@code offers} that may win, those that name something only: for each value, those of the
     * greatest (priority, occurredAt), each label once. Labels that tie there are all kept, for the database to
     * compare them in its own collation, as it did one by one.
     */
    public static List<LabelOffer> winners(Collection<LabelOffer> offers) {
        Map<List<Object>, List<LabelOffer>> byValue = offers.stream()
                .filter(LabelOffer::namesSomething)
                .collect(Collectors.groupingBy(offer -> List.of(offer.communeId, offer.dimension, offer.id),
                        LinkedHashMap::new, Collectors.toList()));
        List<LabelOffer> winners = new ArrayList<>();
        for (List<LabelOffer> ofOneValue : byValue.values()) {
            LabelOffer best = Collections.max(ofOneValue, PRECEDENCE);
            ofOneValue.stream()
                    .filter(offer -> PRECEDENCE.compare(offer, best) == 0)
                    .distinct()
                    .forEach(winners::add);
        }
        return winners;
    }
}
