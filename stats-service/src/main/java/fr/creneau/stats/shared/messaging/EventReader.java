package fr.creneau.stats.shared.messaging;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Turns a record's JSON into one of the sealed *-api event types. The consumers take raw bytes on purpose: when
 * Spring Cloud Stream converts to the event type itself, a type this version does not know comes through as the
 * raw byte[] and fails with a ClassCastException, so a newer publisher would send our consumer into retries and
 * the dead-letter topic. Here an unknown type is skipped; malformed JSON still fails (and is retried).
 */
@Component
public class EventReader {

    private static final Logger log = LoggerFactory.getLogger(EventReader.class);

    private final ObjectMapper json;

    EventReader(ObjectMapper json) {
        this.json = json.copy()
                .disable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public <T> Optional<T> read(byte[] record, Class<T> type) {
        if (record == null) {
            return Optional.empty();
        }
        try {
            T event = json.readValue(record, type);
            if (event == null) {
                log.info("Skipped a record of a type unknown to this version on {}", type.getSimpleName());
            }
            return Optional.ofNullable(event);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable " + type.getSimpleName(), e);
        }
    }
}
