package fr.creneau.booking.importing.command;

import fr.creneau.booking.availability.view.BookingRules;
import fr.creneau.booking.catalog.view.Catalog;
import fr.creneau.booking.duplicates.view.DuplicateRefusal;
import fr.creneau.booking.importing.domain.AppointmentColumns;
import fr.creneau.booking.importing.domain.ImportReport;
import fr.creneau.booking.importing.domain.ImportedAppointment;
import fr.creneau.platform.csv.CsvFile;
import fr.creneau.platform.csv.LineError;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the appointments file of a commune, all or nothing. Every line is checked, then every appointment is booked
 * through its counter-day inside one unit of work and one database transaction: the counter-days see each other's
 * bookings of the file, capacity is checked as for any booking, and nothing is stored until the end. The run commits
 * only when it is real and found no error; a dry run, or a run with any error, is rolled back whole, so it changes
 * nothing, and its report names every error with its line.
 * <p>
 * The commands go to Axon's gateway, not through the counter-days' queue ({@code CounterDaySender}): inside this
 * unit of work each day stays locked until the end, and the queue's turns would make the import wait behind
 * citizens who wait for the import.
 */
@Component
public class AppointmentImporter {

    private static final Logger log = LoggerFactory.getLogger(AppointmentImporter.class);

    private final ImportStore store;
    private final Catalog catalog;
    private final BookingRules rules;
    private final FileChecks fileChecks;
    private final AppointmentBooker booker;
    private final TransactionManager transactions;
    private final Clock clock;

    AppointmentImporter(ImportStore store, Catalog catalog, BookingRules rules, FileChecks fileChecks,
            AppointmentBooker booker, TransactionManager transactions, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.rules = rules;
        this.fileChecks = fileChecks;
        this.booker = booker;
        this.transactions = transactions;
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
        int created = book(file, toBook, zone, notify, !dryRun, errors, progress, now);
        ImportReport.Status status = errors.isEmpty() ? ImportReport.Status.DONE : ImportReport.Status.REFUSED;
        errors.sort(java.util.Comparator.comparingLong(LineError::line));
        return new ImportReport(status, dryRun, csv.lines().size(), csv.lines().size(), errors.isEmpty() ? created : 0,
                checked.alreadyImported(), errors);
    }

    private int book(ImportStore.ImportFile file, List<ImportedAppointment> toBook, ZoneId zone, boolean notify,
            boolean real, List<LineError> errors, Progress progress, Instant now) {
        DefaultUnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(new GenericMessage<>(file.importId()));
        unit.attachTransaction(transactions);
        int created = 0;
        int refused = 0;
        try {
            for (ImportedAppointment appointment : toBook) {
                AppointmentBooker.Outcome outcome = booker.book(appointment, file.communeId(), zone, notify, now);
                if (outcome.refusal() != null) {
                    errors.add(new LineError(file.fileName(), appointment.line(), outcome.refusal()));
                    refused++;
                } else {
                    store.imported(file.communeId(), appointment.reference(), outcome.appointmentId(), now);
                    created++;
                }
                progress.done(created + refused);
            }
            if (real && errors.isEmpty()) {
                unit.commit();
            } else {
                unit.rollback();
            }
            return created;
        } catch (RuntimeException e) {
            if (unit.isActive()) {
                unit.rollback(e);
            }
            log.warn("the import {} of {} failed and was rolled back", file.importId(), file.communeId(), e);
            errors.add(new LineError(file.fileName(), 0, DuplicateRefusal.in(e).map(conflict ->
                    "Un rendez-vous du fichier fait doublon avec un rendez-vous en cours : " + conflict.getMessage())
                    .orElse("L'import n'a pas pu aller au bout ; rien n'a été importé. Réessayez.")));
            return 0;
        }
    }
}
