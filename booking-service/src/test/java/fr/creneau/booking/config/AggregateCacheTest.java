package fr.creneau.booking.config;

import org.junit.jupiter.api.Test;

import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

class AggregateCacheTest {

    private final AggregateCache cache = new AggregateCache(10);

    @Test
    void keepsWhatItIsGivenUntilItIsRemoved() {
        cache.put("day-1", "state");

        assertThat(cache.<String, String>get("day-1")).isEqualTo("state");
        assertThat(cache.containsKey("day-1")).isTrue();
        assertThat(cache.remove("day-1")).isTrue();
        assertThat(cache.<String, String>get("day-1")).isNull();
        assertThat(cache.remove("day-1")).isFalse();
    }

    @Test
    void putIfAbsentKeepsTheFirstAndComputeIfPresentReplacesIt() {
        assertThat(cache.putIfAbsent("day-1", "first")).isTrue();
        assertThat(cache.putIfAbsent("day-1", "second")).isFalse();
        cache.computeIfPresent("day-1", (UnaryOperator<String>) value -> value + " and more");
        cache.computeIfPresent("day-2", (UnaryOperator<String>) value -> "never");

        assertThat(cache.<String, String>get("day-1")).isEqualTo("first and more");
        assertThat(cache.containsKey("day-2")).isFalse();
        assertThat(cache.<String>computeIfAbsent("day-2", () -> "loaded")).isEqualTo("loaded");
    }

    @Test
    void anEntryOutlivesAGarbageCollectionThatDoesNotNeedItsMemory() {
        cache.put("day-1", new StringBuilder("state"));

        System.gc();

        assertThat(cache.containsKey("day-1")).isTrue();
    }
}
