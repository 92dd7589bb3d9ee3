package fr.creneau.stats.figures.view;

import fr.creneau.stats.dimension.domain.Dimension;
import fr.creneau.stats.figures.domain.FigureQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.LinkedHashMap;
import java.util.Map;

/** Minutes of appointments the counters could hold (length of each range times its capacity), by bucket. */
@Repository
class CapacityMinutes {

    private static final String CAPACITY = """
            SELECT %s, sum(extract(epoch FROM end_at - start_at) * capacity) / 60 AS minutes
            FROM capacity_range
            WHERE %s
            GROUP BY 1, 2""";

    private final JdbcClient jdbc;

    CapacityMinutes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<BucketKey, Double> capacity(FigureQuery query) {
        SqlFilter filter = new SqlFilter(query, "day", CapacityMinutes::column);
        Map<BucketKey, Double> minutes = new LinkedHashMap<>();
        filter.bind(jdbc.sql(CAPACITY.formatted(filter.bucketColumns(), filter.where())))
                .query((row, number) -> {
                    minutes.put(AppointmentCounts.key(row), row.getDouble("minutes"));
                    return number;
                })
                .list();
        return minutes;
    }

    private static String column(Dimension dimension) {
        return switch (dimension) {
            case COMMUNE -> "commune_id";
            case PLACE -> "place_id";
            case COUNTER -> "counter_id";
            default -> throw new IllegalArgumentException("capacity is not known by " + dimension);
        };
    }
}
