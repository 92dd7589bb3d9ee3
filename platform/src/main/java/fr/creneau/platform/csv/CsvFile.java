package fr.creneau.platform.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An import file as its lines, read by Apache Commons CSV: a header line naming the columns (in any order, any case),
 * then one record a line; {@code ;} or {@code ,} between fields, as the header uses; quotes as spreadsheets write
 * them. A byte order mark is skipped. Columns it does not know, or required ones it lacks, are errors of line 1.
 */
public record CsvFile(List<CsvLine> lines, List<LineError> errors) {

    public static CsvFile read(String fileName, String text, Set<String> required, Set<String> known) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String header = body.lines().findFirst().orElse("");
        char delimiter = header.indexOf(';') >= 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).build();
        List<CsvLine> lines = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        LineStarts starts = new LineStarts(body);
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            List<String> columns = parser.getHeaderNames().stream().map(name -> name.trim().toLowerCase(Locale.ROOT))
                    .toList();
            columns.stream().filter(name -> !name.isEmpty() && !known.contains(name)).forEach(name ->
                    errors.add(new LineError(fileName, 1, "La colonne « %s » est inconnue. Colonnes possibles : %s."
                            .formatted(name, String.join(", ", known)))));
            required.stream().filter(name -> !columns.contains(name)).forEach(name ->
                    errors.add(new LineError(fileName, 1, "La colonne obligatoire « %s » manque.".formatted(name))));
            if (!errors.isEmpty()) {
                return new CsvFile(List.of(), errors);
            }
            for (CSVRecord record : parser) {
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < Math.min(columns.size(), record.size()); i++) {
                    values.put(columns.get(i), record.get(i));
                }
                long line = starts.lineOf(firstCharacter(body, record.getCharacterPosition()));
                if (record.size() > columns.size()) {
                    errors.add(new LineError(fileName, line, "La ligne compte %d champs pour %d colonnes."
                            .formatted(record.size(), columns.size())));
                } else {
                    lines.add(new CsvLine(line, values));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            errors.add(new LineError(fileName, 0, "Le fichier n'est pas un CSV lisible : " + e.getMessage()));
        }
        return new CsvFile(lines, errors);
    }

    /** A record's position is where its reading began, before the empty lines it skipped. */
    private static long firstCharacter(String body, long position) {
        int at = (int) position;
        while (at < body.length() && (body.charAt(at) == '\n' || body.charAt(at) == '\r')) {
            at++;
        }
        return at;
    }

    /** Where each line of the text starts, to name the line a record starts on. */
    private static final class LineStarts {

        private final long[] starts;

        LineStarts(String text) {
            List<Long> found = new ArrayList<>(List.of(0L));
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    found.add((long) i + 1);
                }
            }
            starts = found.stream().mapToLong(Long::longValue).toArray();
        }

        long lineOf(long position) {
            int at = Arrays.binarySearch(starts, position);
            return (at >= 0 ? at : -at - 2) + 1;
        }
    }
}
