package fr.creneau.booking.ants.command;

import fr.creneau.booking.ants.adapter.AntsAnswer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Keeps every call to the ANTS: a row the commune's agents can read, and the timer {@code creneau.ants.calls} by
 * operation and outcome (its count by outcome is the error rate).
 */
@Component
class CallJournal {

    private static final Logger log = LoggerFactory.getLogger(CallJournal.class);
    private static final int DETAIL_LENGTH = 500;

    private final JdbcClient jdbc;
    private final MeterRegistry meters;
    private final Clock clock;

    CallJournal(JdbcClient jdbc, MeterRegistry meters, Clock clock) {
        this.jdbc = jdbc;
        this.meters = meters;
        this.clock = clock;
    }

    void record(String communeId, String operation, List<String> numbers, AntsAnswer answer) {
        Timer.builder("creneau.ants.calls").description("calls to the ANTS' coordination API")
                .tag("operation", operation).tag("outcome", answer.outcome().name().toLowerCase())
                .register(meters).record(Duration.ofMillis(answer.durationMillis()));
        if (!answer.answered()) {
            log.warn("ANTS {} for {} ended {} ({}): {}", operation, communeId, answer.outcome(), answer.httpStatus(),
                    shorten(answer.body()));
        }
        jdbc.sql("""
                        INSERT INTO ants_call (commune_id, called_at, operation, application_ids, outcome, http_status,
                            duration_ms, detail)
                        VALUES (:communeId, :at, :operation, :numbers, :outcome, :status, :duration, :detail)""")
                .param("communeId", communeId).param("at", Timestamp.from(clock.instant()))
                .param("operation", operation).param("numbers", String.join(",", numbers))
                .param("outcome", answer.outcome().name()).param("status", answer.httpStatus())
                .param("duration", answer.durationMillis())
                .param("detail", answer.answered() ? null : shorten(answer.body()))
                .update();
    }

    private static String shorten(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= DETAIL_LENGTH ? text : text.substring(0, DETAIL_LENGTH);
    }
}
