package fr.creneau.platform.csv;

import java.util.Map;

/** One record of an import file, by column name, with the line of the file it starts on. */
public record CsvLine(long line, Map<String, String> values) {

    public CsvLine {
        values = Map.copyOf(values);
    }

    /** The column's value, trimmed, or null when it is missing or blank. */
    public String get(String column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
