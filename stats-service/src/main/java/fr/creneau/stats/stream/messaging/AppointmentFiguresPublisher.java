package fr.creneau.stats.stream.messaging;

import fr.creneau.stats.appointment.domain.AppointmentChanged;
import fr.creneau.stats.appointment.domain.AppointmentsChanged;
import fr.creneau.stats.dimension.domain.Dimension;
import fr.creneau.stats.dimension.view.DimensionLabels;
import fr.creneau.stats.figures.domain.FigureQuery;
import fr.creneau.stats.figures.view.FigureService;
import fr.creneau.stats.planning.domain.CapacityChanged;
import fr.creneau.stats.sms.domain.SmsChanged;
import fr.creneau.stats.stream.domain.FigureCell;
import fr.creneau.stats.stream.domain.FigureCells;
import fr.creneau.stats.stream.view.PendingCells;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Republishes every cell an event changed. The event's transaction only marks its cells pending
 * ({@link PendingCells}); the flush, every {@code creneau.stats.stream.flush-interval} (1 s), publishes each
 * pending cell once with its figures of that moment, with a synchronous send, and removes it in the same
 * transaction: if Kafka refuses, nothing is removed and the next flush tries again. A rush of events on one
 * commune's day so costs one computation and one record per cell and flush, not eight per event (measured: 8
 * aggregate queries and 8 synchronous sends per event before). A redelivered event changes nothing; a cell published
 * twice carries the same figures. {@code creneau.stats.stream.enabled=false} turns it off, to rebuild the store
 * faster: the compacted topic already holds the same figures.
 */
@Component
@ConditionalOnProperty(name = "creneau.stats.stream.enabled", havingValue = "true", matchIfMissing = true)
class AppointmentFiguresPublisher {

    static final String BINDING = "appointmentFigures-out-0";
    private static final int PART = 200;
    private static final Logger log = LoggerFactory.getLogger(AppointmentFiguresPublisher.class);

    private final FigureService figures;
    private final DimensionLabels labels;
    private final StreamBridge bridge;
    private final PendingCells pending;
    private final TransactionTemplate transaction;

    AppointmentFiguresPublisher(FigureService figures, DimensionLabels labels, StreamBridge bridge,
            PendingCells pending, PlatformTransactionManager transactions) {
        this.figures = figures;
        this.labels = labels;
        this.bridge = bridge;
        this.pending = pending;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Each cell a batch's changes touched, before and after, once, with the latest moment that touched it. */
    @EventListener
    void on(AppointmentsChanged batch) {
        Map<FigureCell, Instant> cells = new LinkedHashMap<>();
        for (AppointmentChanged changed : batch.changes()) {
            List<FigureCell> touched = new ArrayList<>(FigureCells.of(changed.after()));
            if (changed.before() != null) {
                touched.addAll(FigureCells.of(changed.before()));
            }
            touched.forEach(cell -> cells.merge(cell, changed.occurredAt(), PendingCells::later));
        }
        pending.mark(cells);
    }

    /** SMS are counted for the whole commune only, on the day they were sent. */
    @EventListener
    void on(SmsChanged changed) {
        pending.mark(Map.of(new FigureCell(changed.communeId(), changed.sentDate(), Dimension.COMMUNE,
                changed.communeId()), changed.occurredAt()));
    }

    @EventListener
    void on(CapacityChanged changed) {
        Map<FigureCell, Instant> cells = new LinkedHashMap<>();
        FigureCells.of(changed).forEach(cell -> cells.put(cell, changed.occurredAt()));
        pending.mark(cells);
    }

    /** Publishes what is pending, in parts, until nothing is; a failure leaves the part pending for the next flush. */
    @Scheduled(fixedDelayString = "${creneau.stats.stream.flush-interval:PT1S}")
    void flush() {
        try {
            boolean more = true;
            while (more) {
                more = Boolean.TRUE.equals(transaction.execute(status -> flushPart()));
            }
        } catch (RuntimeException e) {
            log.warn("the analysts' stream could not be published, tried again at the next flush: {}", e.toString());
        }
    }

    private boolean flushPart() {
        List<PendingCells.Pending> part = pending.claim(PART);
        part.forEach(cell -> publish(cell.cell(), cell.asOf()));
        pending.published(part);
        return part.size() == PART;
    }

    private void publish(FigureCell cell, Instant asOf) {
        AppointmentFigures record = new AppointmentFigures(AppointmentFigures.TYPE, cell.communeId(), cell.date(),
                cell.dimension().parameter(), cell.dimensionId(), label(cell),
                figures.total(FigureQuery.cell(cell.communeId(), cell.date(), cell.dimension(), cell.dimensionId())),
                asOf);
        boolean sent = bridge.send(BINDING, MessageBuilder.withPayload(record)
                .setHeader(KafkaHeaders.KEY, cell.key())
                .build());
        if (!sent) {
            throw new IllegalStateException("stats.appointments refused the figures of " + cell.key());
        }
    }

    private String label(FigureCell cell) {
        if (cell.dimension() == Dimension.COMMUNE || cell.dimension() == Dimension.CHANNEL) {
            return null;
        }
        return labels.labelOf(cell.communeId(), cell.dimension(), cell.dimensionId());
    }
}
