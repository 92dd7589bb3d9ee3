package fr.creneau.stats.stream.messaging;

import fr.creneau.stats.appointment.domain.AppointmentChanged;
import fr.creneau.stats.dimension.domain.Dimension;
import fr.creneau.stats.dimension.view.DimensionLabels;
import fr.creneau.stats.figures.domain.FigureQuery;
import fr.creneau.stats.figures.view.FigureService;
import fr.creneau.stats.planning.domain.CapacityChanged;
import fr.creneau.stats.sms.domain.SmsChanged;
import fr.creneau.stats.stream.domain.FigureCell;
import fr.creneau.stats.stream.domain.FigureCells;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Republishes every cell an event changed, inside the event's transaction and with a synchronous send: if Kafka
 * refuses, the transaction rolls back and the event comes again. A redelivered event changes nothing and
 * publishes nothing; a cell published twice carries the same figures. {@code creneau.stats.stream.enabled=false}
 * turns it off, to rebuild the store faster: the compacted topic already holds the same figures.
 */
@Component
@ConditionalOnProperty(name = "creneau.stats.stream.enabled", havingValue = "true", matchIfMissing = true)
class AppointmentFiguresPublisher {

    static final String BINDING = "appointmentFigures-out-0";

    private final FigureService figures;
    private final DimensionLabels labels;
    private final StreamBridge bridge;

    AppointmentFiguresPublisher(FigureService figures, DimensionLabels labels, StreamBridge bridge) {
        this.figures = figures;
        this.labels = labels;
        this.bridge = bridge;
    }

    @EventListener
    void on(AppointmentChanged changed) {
        Set<FigureCell> cells = new LinkedHashSet<>();
        if (changed.before() != null) {
            cells.addAll(FigureCells.of(changed.before()));
        }
        cells.addAll(FigureCells.of(changed.after()));
        cells.forEach(cell -> publish(cell, changed.occurredAt()));
    }

    /** SMS are counted for the whole commune only, on the day they were sent. */
    @EventListener
    void on(SmsChanged changed) {
        publish(new FigureCell(changed.communeId(), changed.sentDate(), Dimension.COMMUNE, changed.communeId()),
                changed.occurredAt());
    }

    @EventListener
    void on(CapacityChanged changed) {
        FigureCells.of(changed).forEach(cell -> publish(cell, changed.occurredAt()));
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
