package fr.creneau.booking.importing.domain;

import fr.creneau.platform.csv.LineError;

import java.util.List;

/**
 * Where a run of an import stands and what it found. {@code created}: appointments booked (for a dry run, those that
 * would be); {@code alreadyImported}: lines whose reference an earlier run imported, skipped.
 */
public record ImportReport(Status status, boolean dryRun, int lines, int processed, int created,
        int alreadyImported, List<LineError> errors) {

    public enum Status {
        /** received, never run */
        RECEIVED,
        RUNNING,
        /** a dry run found nothing wrong, or a real run booked every line */
        DONE,
        /** errors were found: nothing was booked */
        REFUSED
    }

    public ImportReport {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ImportReport received() {
        return new ImportReport(Status.RECEIVED, true, 0, 0, 0, 0, List.of());
    }
}
