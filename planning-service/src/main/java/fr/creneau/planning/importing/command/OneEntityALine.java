package fr.creneau.planning.importing.command;

import fr.creneau.platform.csv.CsvLine;
import fr.creneau.platform.csv.LineError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A file with one entity a line, named in column {@code nameColumn}: a name the commune has already is skipped, a name
 * twice in the file is an error, and each other line becomes its commands, or its error in French. The entity's
 * id is drawn here.
 */
final class OneEntityALine {

    /** The commands that create the entity of {@code line} under {@code id}; an IllegalArgumentException says why not. */
    interface Commands {
        List<Object> of(CsvLine line, String id);
    }

    private OneEntityALine() {
    }

    static Plan plan(String fileName, List<CsvLine> lines, String nameColumn, Predicate<String> exists,
            Commands commands, List<LineError> errors, Supplier<String> ids) {
        List<Object> all = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        int created = 0;
        int present = 0;
        for (CsvLine line : lines) {
            String name = line.get(nameColumn);
            if (name != null && exists.test(name)) {
                present++;
                continue;
            }
            Long first = name == null ? null : seen.putIfAbsent(CommuneNames.key(name), line.line());
            if (first != null) {
                errors.add(new LineError(fileName, line.line(), "« %s » figure déjà ligne %d.".formatted(name, first)));
                continue;
            }
            try {
                all.addAll(commands.of(line, ids.get()));
                created++;
            } catch (IllegalArgumentException e) {
                errors.add(new LineError(fileName, line.line(), e.getMessage()));
            }
        }
        return new Plan(all, created, present);
    }
}
