package fr.creneau.booking.importing.command;

import fr.creneau.booking.importing.domain.ImportReport;
import fr.creneau.platform.csv.LineError;
import fr.creneau.platform.problem.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs imports one at a time on a thread of their own, so that the request that starts one answers at once and the
 * page can follow its progress; an import takes longer than the gateway waits for an answer. The run, its progress
 * and its report are in PostgreSQL ({@link RunLedger}), so any instance tells how far it is.
 */
@Component
public class ImportRuns {

    private static final Logger log = LoggerFactory.getLogger(ImportRuns.class);
    private static final Duration PROGRESS_EVERY = Duration.ofMillis(500);

    private final AppointmentImporter importer;
    private final ImportStore store;
    private final RunLedger ledger;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "appointment-import"));

    ImportRuns(AppointmentImporter importer, ImportStore store, RunLedger ledger, Clock clock) {
        this.importer = importer;
        this.store = store;
        this.ledger = ledger;
        this.clock = clock;
    }

    public ImportReport start(ImportStore.ImportFile file, boolean dryRun, boolean notify) {
        ImportReport started = new ImportReport(ImportReport.Status.RUNNING, dryRun, 0, 0, 0, 0, List.of());
        if (!ledger.claim(file.importId(), started, clock.instant())) {
            throw new ConflictException("Cet import est déjà en cours : attendez la fin de son passage.");
        }
        executor.execute(() -> {
            ImportReport report;
            try {
                report = importer.run(file, dryRun, notify, new Written(file.importId(), dryRun));
            } catch (RuntimeException | Error e) {
                log.error("the import {} failed", file.importId(), e);
                report = new ImportReport(ImportReport.Status.REFUSED, dryRun, 0, 0, 0, 0, List.of(new LineError(
                        file.fileName(), 0, "L'import n'a pas pu aller au bout ; rien n'a été importé. Réessayez.")));
            }
            ledger.finish(file.importId(), report);
        });
        return started;
    }

    /** The last report: while it runs, the appointments to book and those done so far, from whichever instance. */
    public ImportReport report(String importId) {
        return store.report(importId).orElseThrow();
    }

    /** Writes the progress at most every {@link #PROGRESS_EVERY}, and at each day's end. */
    private final class Written implements AppointmentImporter.Progress {

        private final String importId;
        private final boolean dryRun;
        private int toBook;
        private Instant lastWritten = Instant.EPOCH;

        Written(String importId, boolean dryRun) {
            this.importId = importId;
            this.dryRun = dryRun;
        }

        @Override
        public void toBook(int appointments) {
            toBook = appointments;
            write(0);
        }

        @Override
        public void done(int appointments) {
            Instant now = clock.instant();
            if (appointments == toBook || now.isAfter(lastWritten.plus(PROGRESS_EVERY))) {
                write(appointments);
            }
        }

        private void write(int done) {
            lastWritten = clock.instant();
            ledger.progress(importId, new ImportReport(ImportReport.Status.RUNNING, dryRun, toBook, done, 0, 0,
                    List.of()));
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
