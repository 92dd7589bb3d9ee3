package fr.creneau.stats.shared.messaging;

import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies the records of one poll as one batch, in one transaction. If the batch fails, its records are applied
 * again one by one, each as a batch of one in its own transaction, so that the failing record is named to the
 * container's error handler ({@link ConsumerFailures}: retried with back-off, then dead-lettered) and those before it
 * are kept; an event applied twice changes nothing, so the records applied before a failure may come again.
 */
@Component
public class EventBatches {

    private final EventReader reader;

    EventBatches(EventReader reader) {
        this.reader = reader;
    }

    /** Events without an id are skipped, as those of a type this version does not know. */
    public <T> void apply(List<byte[]> records, Class<T> type, Function<T, String> eventId, Consumer<List<T>> batch) {
        List<T> events;
        try {
            events = records.stream().map(record -> read(record, type, eventId)).flatMap(Optional::stream).toList();
            batch.accept(events);
        } catch (RuntimeException batchFailed) {
            oneByOne(records, type, eventId, batch);
        }
    }

    private <T> void oneByOne(List<byte[]> records, Class<T> type, Function<T, String> eventId,
            Consumer<List<T>> batch) {
        for (int index = 0; index < records.size(); index++) {
            try {
                read(records.get(index), type, eventId).ifPresent(event -> batch.accept(List.of(event)));
            } catch (RuntimeException e) {
                throw new BatchListenerFailedException(type.getSimpleName() + " record " + index + " of its batch failed",
                        e, index);
            }
        }
    }

    private <T> Optional<T> read(byte[] record, Class<T> type, Function<T, String> eventId) {
        return reader.read(record, type).filter(event -> eventId.apply(event) != null);
    }
}
