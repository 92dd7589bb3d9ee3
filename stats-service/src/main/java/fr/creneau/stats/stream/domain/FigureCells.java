package fr.creneau.stats.stream.domain;

import fr.creneau.stats.appointment.domain.AppointmentFact;
import fr.creneau.stats.appointment.domain.Dimensions;
import fr.creneau.stats.dimension.domain.Dimension;
import fr.creneau.stats.planning.domain.CapacityChanged;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Which cells a change touches. */
public final class FigureCells {

    private FigureCells() {
    }

    /** Every dimension value the appointment is counted under, on its date. */
    public static List<FigureCell> of(AppointmentFact fact) {
        Dimensions d = fact.dimensions();
        List<FigureCell> cells = new ArrayList<>();
        add(cells, fact.communeId(), fact.date(), Dimension.COMMUNE, fact.communeId());
        add(cells, fact.communeId(), fact.date(), Dimension.PLACE, d.placeId());
        add(cells, fact.communeId(), fact.date(), Dimension.COUNTER, d.counterId());
        add(cells, fact.communeId(), fact.date(), Dimension.AGENT, d.agentId());
        add(cells, fact.communeId(), fact.date(), Dimension.SERVICE, d.serviceId());
        add(cells, fact.communeId(), fact.date(), Dimension.TYPE, d.appointmentTypeId());
        add(cells, fact.communeId(), fact.date(), Dimension.OPTION, d.optionId());
        add(cells, fact.communeId(), fact.date(), Dimension.CHANNEL, d.channel() == null ? null : d.channel().name());
        return cells;
    }

    /** The commune, place and counter of every date whose capacity changed: their occupancy moved. */
    public static List<FigureCell> of(CapacityChanged change) {
        List<FigureCell> cells = new ArrayList<>();
        for (LocalDate date : change.days()) {
            add(cells, change.communeId(), date, Dimension.COMMUNE, change.communeId());
            add(cells, change.communeId(), date, Dimension.PLACE, change.placeId());
            add(cells, change.communeId(), date, Dimension.COUNTER, change.counterId());
        }
        return cells;
    }

    private static void add(List<FigureCell> cells, String communeId, LocalDate date, Dimension dimension, String id) {
        if (id != null) {
            cells.add(new FigureCell(communeId, date, dimension, id));
        }
    }
}
