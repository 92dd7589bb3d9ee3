package fr.creneau.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;

/** Runs an operation from a number of concurrent clients for a while, each client as fast as it can. */
final class Load {

    private Load() {
    }

    /**
     * @param clientOperation the operation of the n-th client (with its own connection, address...); it returns
     *                        its outcome: an HTTP status, or 200 for a plain success
     */
    static LoadResult run(String name, int clients, Duration duration, IntFunction<IntSupplier> clientOperation)
            throws Exception {
        List<IntSupplier> operations = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            operations.add(clientOperation.apply(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long start = System.nanoTime();
            long end = start + duration.toNanos();
            List<Future<Client>> futures = new ArrayList<>();
            for (IntSupplier operation : operations) {
                futures.add(pool.submit(() -> Client.until(end, operation)));
            }
            List<Client> results = new ArrayList<>();
            for (Future<Client> future : futures) {
                results.add(future.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return summarise(name, clients, seconds, results);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Throughput and latencies count the operations the application answered (below 500); those that failed
     * (5xx, or no answer: 599) are only counted in the outcomes, as a 503 of a breaker takes no time at all.
     */
    private static LoadResult summarise(String name, int clients, double seconds, List<Client> results) {
        long[] latencies = results.stream().flatMapToLong(client -> client.latencies.stream().mapToLong(Long::longValue))
                .toArray();
        Map<Integer, Long> outcomes = new TreeMap<>();
        results.forEach(client -> client.outcomes.forEach((status, count) -> outcomes.merge(status, count, Long::sum)));
        return new LoadResult(name, clients, latencies.length / seconds, Percentiles.of(latencies), outcomes);
    }

    private static final class Client {
        final List<Long> latencies = new ArrayList<>();
        final Map<Integer, Long> outcomes = new TreeMap<>();

        static Client until(long end, IntSupplier operation) {
            Client client = new Client();
            while (System.nanoTime() < end) {
                long begin = System.nanoTime();
                int outcome = operation.getAsInt();
                if (outcome < 500) {
                    client.latencies.add(System.nanoTime() - begin);
                }
                client.outcomes.merge(outcome, 1L, Long::sum);
            }
            return client;
        }
    }
}
