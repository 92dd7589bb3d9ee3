package fr.creneau.platform.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Reads that every request makes of settings changed a few times a day (a commune's options, its channels, its
 * budget), kept in memory for a few seconds. The instance that makes or learns a change {@link #forget}s them at
 * once and again when its transaction ends, since a read in between could have kept what the change replaces;
 * another instance sees the change within the freshness. The benchmark's statement counts found these reads at
 * two to seven transactions per reservation (benchmarks/README.md).
 */
public final class ShortLivedReads {

    private final Cache<Object, Object> reads;

    public ShortLivedReads(Duration freshness) {
        this.reads = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(freshness).build();
    }

    /** What {@code read} gives for {@code key}, read at most once per freshness; it must not give null. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> read) {
        return (T) reads.get(key, unused -> read.get());
    }

    public void invalidate(Object key) {
        reads.invalidate(key);
    }

    /** Every read, now and once the current transaction (if any) has ended. */
    public void forget() {
        reads.invalidateAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    reads.invalidateAll();
                }
            });
        }
    }
}
