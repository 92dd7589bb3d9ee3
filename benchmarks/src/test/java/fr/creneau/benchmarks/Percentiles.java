package fr.creneau.benchmarks;

import java.util.Arrays;
import java.util.Collection;

/** The median and the 99th percentile of a set of durations, in milliseconds. */
record Percentiles(long count, double p50Millis, double p99Millis) {

    static final Percentiles NONE = new Percentiles(0, Double.NaN, Double.NaN);

    static Percentiles of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? NONE
                : new Percentiles(sorted.length, at(sorted, 0.50) / 1e6, at(sorted, 0.99) / 1e6);
    }

    static Percentiles ofNanos(Collection<Long> nanos) {
        return of(nanos.stream().mapToLong(Long::longValue).toArray());
    }

    private static double at(long[] sorted, double fraction) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
        return sorted[Math.max(0, index)];
    }
}
