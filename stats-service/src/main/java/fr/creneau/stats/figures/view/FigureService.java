package fr.creneau.stats.figures.view;

import fr.creneau.stats.dimension.domain.Dimension;
import fr.creneau.stats.dimension.view.DimensionLabels;
import fr.creneau.stats.figures.domain.Counts;
import fr.creneau.stats.figures.domain.FigureQuery;
import fr.creneau.stats.figures.domain.FigureRow;
import fr.creneau.stats.figures.domain.Figures;
import fr.creneau.stats.figures.domain.SmsTotals;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Computes figures: appointment counts, capacity and SMS of the same buckets, with the groups' display names. */
@Service
public class FigureService {

    private static final Comparator<BucketKey> ORDER = Comparator
            .comparing(BucketKey::periodStart, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(BucketKey::groupId, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final AppointmentCounts appointments;
    private final CapacityMinutes capacity;
    private final SmsCounts sms;
    private final DimensionLabels labels;

    FigureService(AppointmentCounts appointments, CapacityMinutes capacity, SmsCounts sms, DimensionLabels labels) {
        this.appointments = appointments;
        this.capacity = capacity;
        this.sms = sms;
        this.labels = labels;
    }

    @Transactional(readOnly = true)
    public List<FigureRow> rows(FigureQuery query) {
        Map<BucketKey, Counts> counts = appointments.count(query);
        Map<BucketKey, Double> minutes = query.hasCapacity() ? capacity.capacity(query) : Map.of();
        Map<BucketKey, SmsTotals> sent = query.hasSms() ? sms.count(query) : Map.of();
        Map<String, String> names = query.groupBy() == null ? Map.of() : labels(query);
        TreeSet<BucketKey> keys = new TreeSet<>(ORDER);
        keys.addAll(counts.keySet());
        keys.addAll(minutes.keySet());
        keys.addAll(sent.keySet());
        return keys.stream()
                .map(key -> new FigureRow(key.periodStart(), key.groupId(), labelOf(names, key),
                        Figures.of(counts.getOrDefault(key, Counts.NONE), capacityOf(query, minutes, key),
                                query.hasSms() ? sent.getOrDefault(key, SmsTotals.NONE) : null)))
                .toList();
    }

    /** The figures of the whole query as one bucket: zeros when nothing matches. */
    @Transactional(readOnly = true)
    public Figures total(FigureQuery query) {
        FigureQuery single = new FigureQuery(query.communeId(), query.from(), query.to(), query.filters(), null, null,
                query.dateBasis());
        List<FigureRow> rows = rows(single);
        return rows.isEmpty()
                ? Figures.of(Counts.NONE, single.hasCapacity() ? 0.0 : null, single.hasSms() ? SmsTotals.NONE : null)
                : rows.get(0).figures();
    }

    private static String labelOf(Map<String, String> names, BucketKey key) {
        return key.groupId() == null ? null : names.get(key.groupId());
    }

    private static Double capacityOf(FigureQuery query, Map<BucketKey, Double> minutes, BucketKey key) {
        return query.hasCapacity() ? minutes.getOrDefault(key, 0.0) : null;
    }

    private Map<String, String> labels(FigureQuery query) {
        if (query.groupBy() == Dimension.CHANNEL || query.groupBy() == Dimension.COMMUNE) {
            return Map.of();
        }
        return labels.of(query.communeId(), query.groupBy());
    }
}
