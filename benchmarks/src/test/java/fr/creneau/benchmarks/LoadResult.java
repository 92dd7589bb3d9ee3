package fr.creneau.benchmarks;

import java.util.Map;

/** What one load run achieved: operations per second, latency percentiles, and how the operations ended. */
record LoadResult(String name, int clients, long operations, double perSecond, double p50Millis, double p99Millis,
                  Map<Integer, Long> outcomes) {

    long outcome(int status) {
        return outcomes.getOrDefault(status, 0L);
    }

    long serverErrors() {
        return outcomes.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(Map.Entry::getValue).sum();
    }

    String line() {
        return "%-44s %3d clients %8.0f /s   p50 %7.1f ms   p99 %7.1f ms   %s".formatted(
                name, clients, perSecond, p50Millis, p99Millis, outcomes);
    }
}
