package fr.creneau.booking.importing.command;

import fr.creneau.booking.importing.domain.ImportReport;
import fr.creneau.platform.problem.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs imports one at a time on a thread of their own, so that the request that starts one answers at once and the
 * page can follow its progress; an import takes longer than the gateway waits for an answer. The progress of a run
 * is known to the instance running it; its report, once done, to every instance.
 */
@Component
public class ImportRuns {

    private static final Logger log = LoggerFactory.getLogger(ImportRuns.class);

    private final AppointmentImporter importer;
    private final ImportStore store;
    /** The appointments a run books, and those done so far. */
    private record Progress(AtomicInteger toBook, AtomicInteger done) implements AppointmentImporter.Progress {

        @Override
        public void toBook(int appointments) {
            toBook.set(appointments);
        }

        @Override
        public void done(int appointments) {
            done.set(appointments);
        }
    }

    private final Map<String, Progress> running = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "appointment-import"));

    ImportRuns(AppointmentImporter importer, ImportStore store) {
        this.importer = importer;
        this.store = store;
    }

    public ImportReport start(ImportStore.ImportFile file, boolean dryRun, boolean notify) {
        Progress progress = new Progress(new AtomicInteger(), new AtomicInteger());
        if (running.putIfAbsent(file.importId(), progress) != null) {
            throw new ConflictException("Cet import est déjà en cours : attendez la fin de son passage.");
        }
        ImportReport started = new ImportReport(ImportReport.Status.RUNNING, dryRun, 0, 0, 0, 0, List.of());
        store.report(file.importId(), started);
        executor.execute(() -> {
            try {
                store.report(file.importId(), importer.run(file, dryRun, notify, progress));
            } catch (RuntimeException | Error e) {
                log.error("the import {} failed", file.importId(), e);
                store.report(file.importId(), new ImportReport(ImportReport.Status.REFUSED, dryRun, 0, 0, 0, 0,
                        List.of(new fr.creneau.platform.csv.LineError(file.fileName(), 0,
                                "L'import n'a pas pu aller au bout ; rien n'a été importé. Réessayez."))));
            } finally {
                running.remove(file.importId());
            }
        });
        return started;
    }

    /** The last report, with the lines done so far while it runs here. */
    public ImportReport report(String importId) {
        ImportReport report = store.report(importId).orElseThrow();
        Progress progress = running.get(importId);
        if (progress == null || report.status() != ImportReport.Status.RUNNING) {
            return report;
        }
        return new ImportReport(report.status(), report.dryRun(), progress.toBook().get(), progress.done().get(), 0, 0,
                List.of());
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
