package fr.creneau.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Citizens sent at a given pace, each on a thread of its own, and what came back: the statuses counted, the
 * latencies of their last request, and the time from the first start to the last answer.
 */
final class Rush {

    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<Long> latencies = new ArrayList<>();
    private final List<LoopbackCitizen.Answer> answers = new ArrayList<>();
    private Duration span;

    /** Starts {@code count} citizens, {@code every} apart (zero: all at once), and waits for all of them. */
    static Rush of(int count, Duration every, IntFunction<LoopbackCitizen.Answer> citizen) throws Exception {
        Rush rush = new Rush();
        ExecutorService threads = Executors.newFixedThreadPool(count);
        List<Future<Timed>> started = new ArrayList<>();
        long begin = System.nanoTime();
        for (int n = 0; n < count; n++) {
            long at = begin + every.toNanos() * n;
            int person = n;
            started.add(threads.submit(() -> {
                long wait = at - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                long start = System.nanoTime();
                LoopbackCitizen.Answer answer = citizen.apply(person);
                return new Timed(answer, (System.nanoTime() - start) / 1_000_000);
            }));
        }
        for (Future<Timed> future : started) {
            Timed timed = future.get(5, TimeUnit.MINUTES);
            rush.answers.add(timed.answer());
            rush.latencies.add(timed.millis());
            rush.statuses.merge(timed.answer().status(), 1, Integer::sum);
        }
        rush.span = Duration.ofNanos(System.nanoTime() - begin);
        threads.shutdown();
        Collections.sort(rush.latencies);
        return rush;
    }

    Map<Integer, Integer> statuses() {
        return statuses;
    }

    int count(int status) {
        return statuses.getOrDefault(status, 0);
    }

    long serverErrors() {
        return answers.stream().filter(answer -> answer.status() >= 500).count();
    }

    List<LoopbackCitizen.Answer> answers() {
        return answers;
    }

    Duration span() {
        return span;
    }

    String describe(String what) {
        return "%s: %d citizens in %.1f s, statuses %s, latency p50 %d ms, p90 %d ms, p99 %d ms, max %d ms%n".formatted(
                what, latencies.size(), span.toMillis() / 1000.0, statuses, percentile(50), percentile(90),
                percentile(99), latencies.get(latencies.size() - 1));
    }

    private long percentile(int p) {
        return latencies.get(Math.min(latencies.size() - 1, latencies.size() * p / 100));
    }

    private record Timed(LoopbackCitizen.Answer answer, long millis) {
    }
}
