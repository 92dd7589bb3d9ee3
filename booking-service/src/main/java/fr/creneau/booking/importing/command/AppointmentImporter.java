package fr.creneau.booking.importing.command;

import fr.creneau.booking.availability.view.BookingRules;
import fr.creneau.booking.catalog.view.Catalog;
import fr.creneau.booking.importing.domain.AppointmentColumns;
import fr.creneau.booking.importing.domain.ImportReport;
import fr.creneau.booking.importing.domain.ImportedAppointment;
import fr.creneau.platform.csv.CsvFile;
import fr.creneau.platform.csv.LineError;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the appointments file of a commune, all or nothing. Every line is checked, then the appointments are booked
 * through their counter-days, one day at a time ({@link DayBatches}), capacity checked as for any booking. A dry run
 * commits nothing; a real run commits each day while nothing in the file was refused, and if a later day fails,
 * the days already committed are withdrawn ({@link Withdrawal}), so that the file is imported whole or not at all.
 * The report names every error with its line.
 * <p>
 * The commands go to Axon's gateway, not through the counter-days' queue ({@code CounterDaySender}): inside a
 * day's unit of work the day stays locked until its end, and the queue's turns would make the import wait behind
 * citizens who wait for the import.
 */
@Component
public class AppointmentImporter {

    private final ImportStore store;
    private final Catalog catalog;
    private final BookingRules rules;
    private final FileChecks fileChecks;
    private final DayBatches days;
    private final Withdrawal withdrawal;
    private final Clock clock;

    AppointmentImporter(ImportStore store, Catalog catalog, BookingRules rules, FileChecks fileChecks,
            DayBatches days, Withdrawal withdrawal, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.rules = rules;
        this.fileChecks = fileChecks;
        this.days = days;
        this.withdrawal = withdrawal;
        this.clock = clock;
    }

    /** How far a run is: the appointments to book, and those booked or refused so far. */
    public interface Progress {
        void toBook(int appointments);

        void done(int appointments);
    }

    public ImportReport run(ImportStore.ImportFile file, boolean dryRun, boolean notify, Progress progress) {
        Instant now = clock.instant();
        String communeId = file.communeId();
        ZoneId zone = catalog.zoneOf(communeId);
        CsvFile csv = CsvFile.read(file.fileName(), store.text(file.importId()), AppointmentColumns.REQUIRED,
                AppointmentColumns.KNOWN);
        List<LineError> errors = new ArrayList<>(csv.errors());
        if (catalog.suspension(communeId).isPresent()) {
            errors.add(new LineError(file.fileName(), 0, ("La commune « %s » est suspendue : elle ne prend pas de "
                    + "rendez-vous pour le moment.").formatted(communeId)));
        }
        LineChecks checks = new LineChecks(catalog.appointmentTypesOf(communeId), catalog.countersOf(communeId),
                rules, zone, now);
        FileChecks.Checked checked = fileChecks.check(file, csv.lines(), checks, errors);
        List<ImportedAppointment> toBook = checked.toBook();
        progress.toBook(toBook.size());
        List<DayBatches.Booked> committed = days.book(file, toBook, zone, notify, !dryRun, errors, progress, now);
        if (!errors.isEmpty() && !committed.isEmpty()) {
            withdrawal.withdraw(file, committed, errors, now);
        }
        int created = dryRun ? toBook.size() : committed.size();
        ImportReport.Status status = errors.isEmpty() ? ImportReport.Status.DONE : ImportReport.Status.REFUSED;
        errors.sort(java.util.Comparator.comparingLong(LineError::line));
        return new ImportReport(status, dryRun, csv.lines().size(), csv.lines().size(), errors.isEmpty() ? created : 0,
                checked.alreadyImported(), errors);
    }
}
