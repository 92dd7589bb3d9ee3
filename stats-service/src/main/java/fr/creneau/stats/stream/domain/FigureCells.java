package fr.creneau.stats.stream;

import fr.creneau.stats.appointment.AppointmentFact;
import fr.creneau.stats.appointment.Dimensions;
import fr.creneau.stats.dimension.Dimension;
import fr.creneau.stats.planning.CapacityChanged;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Which cells a change touches. */
final class FigureCells {

    private FigureCells() {
    }

    /** Every dimension value the appointment is counted under, on its date. */
    static List<FigureCell> of(AppointmentFact fact) {
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
    static List<FigureCell> of(CapacityChanged change) {
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
