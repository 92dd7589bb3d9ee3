package fr.creneau.planning.importing.domain;

import fr.creneau.platform.csv.LineError;

import java.util.List;

/**
 * What a run of one planning file did or, dry, would do: {@code created} entities, {@code alreadyPresent} lines naming
 * one the commune has already (by its name: a second run creates nothing twice), and every error with its line.
 */
public record PlanningImportReport(String file, boolean dryRun, boolean done, int lines, int created,
        int alreadyPresent, List<LineError> errors) {

    public PlanningImportReport {
        errors = List.copyOf(errors);
    }
}
