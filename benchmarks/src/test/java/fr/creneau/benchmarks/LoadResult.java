package fr.creneau.benchmarks;

import java.util.Map;

/**
 * One figure of the run: operations per second (NaN for a pure latency), latency percentiles, and how the
 * operations ended (HTTP status, or 200 for a plain success).
 */
record LoadResult(String name, int clients, double perSecond, Percentiles latency, Map<Integer, Long> outcomes) {

    static LoadResult latency(String name, Percentiles latency) {
        return new LoadResult(name, 1, Double.NaN, latency, Map.of());
    }

    double p50() {
        return latency.p50Millis();
    }

    double p99() {
        return latency.p99Millis();
    }

    long outcome(int status) {
        return outcomes.getOrDefault(status, 0L);
    }

    long serverErrors() {
        return outcomes.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(Map.Entry::getValue).sum();
    }
}
