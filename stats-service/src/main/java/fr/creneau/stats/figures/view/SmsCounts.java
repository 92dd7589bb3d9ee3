package fr.creneau.stats.figures.view;

import fr.creneau.stats.dimension.domain.Dimension;
import fr.creneau.stats.figures.domain.FigureQuery;
import fr.creneau.stats.figures.domain.SmsTotals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.LinkedHashMap;
import java.util.Map;

/** Sums the SMS of sms_fact by bucket, on the day each was sent (Paris time), whatever the date basis. */
@Repository
class SmsCounts {

    private static final String SMS = """
            SELECT %s,
                count(*) AS sent,
                coalesce(sum(segments), 0) AS segments,
                coalesce(sum(cost_cents), 0) AS cost_cents,
                count(*) FILTER (WHERE delivery = 'DELIVERED') AS delivered,
                count(*) FILTER (WHERE delivery = 'FAILED') AS failed
            FROM sms_fact
            WHERE %s AND sent_date IS NOT NULL
            GROUP BY 1, 2""";

    private final JdbcClient jdbc;

    SmsCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<BucketKey, SmsTotals> count(FigureQuery query) {
        SqlFilter filter = new SqlFilter(query, "sent_date", SmsCounts::column);
        Map<BucketKey, SmsTotals> totals = new LinkedHashMap<>();
        filter.bind(jdbc.sql(SMS.formatted(filter.bucketColumns(), filter.where())))
                .query((row, number) -> {
                    totals.put(AppointmentCounts.key(row), new SmsTotals(row.getLong("sent"), row.getLong("segments"),
                            row.getLong("cost_cents"), row.getLong("delivered"), row.getLong("failed")));
                    return number;
                })
                .list();
        return totals;
    }

    private static String column(Dimension dimension) {
        if (dimension == Dimension.COMMUNE) {
            return "commune_id";
        }
        throw new IllegalArgumentException("SMS are not known by " + dimension);
    }
}
