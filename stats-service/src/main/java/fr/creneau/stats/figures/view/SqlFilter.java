package fr.creneau.stats.figures.view;

import fr.creneau.stats.dimension.domain.Dimension;
import fr.creneau.stats.figures.domain.FigureQuery;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;
import java.util.function.Function;

/**
 * The GROUP BY and WHERE parts shared by the queries of figures. Column names only ever come from the code
 * (dimension to column), values always travel as parameters.
 */
final class SqlFilter {

    private final FigureQuery query;
    private final String dateColumn;
    private final Function<Dimension, String> columns;

    SqlFilter(FigureQuery query, String dateColumn, Function<Dimension, String> columns) {
        this.query = query;
        this.dateColumn = dateColumn;
        this.columns = columns;
    }

    String bucketColumns() {
        String period = query.period() == null ? "CAST(NULL AS date)" : query.period().bucketOf(dateColumn);
        String group = query.groupBy() == null ? "CAST(NULL AS varchar)" : columns.apply(query.groupBy());
        return period + " AS period_start, " + group + " AS group_id";
    }

    String where() {
        StringBuilder where = new StringBuilder("commune_id = :commune");
        if (query.from() != null) {
            where.append(" AND ").append(dateColumn).append(" >= :from");
        }
        if (query.to() != null) {
            where.append(" AND ").append(dateColumn).append(" <= :to");
        }
        for (Dimension dimension : query.filters().keySet()) {
            where.append(" AND ").append(columns.apply(dimension)).append(" = :filter_").append(dimension.name());
        }
        return where.toString();
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        JdbcClient.StatementSpec bound = statement.param("commune", query.communeId());
        if (query.from() != null) {
            bound = bound.param("from", query.from());
        }
        if (query.to() != null) {
            bound = bound.param("to", query.to());
        }
        for (Map.Entry<Dimension, String> filter : query.filters().entrySet()) {
            bound = bound.param("filter_" + filter.getKey().name(), filter.getValue());
        }
        return bound;
    }
}
