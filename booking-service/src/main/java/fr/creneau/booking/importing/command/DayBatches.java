package fr.creneau.booking.importing.command;

import fr.creneau.booking.counterday.domain.CounterDayId;
import fr.creneau.booking.duplicates.view.DuplicateRefusal;
import fr.creneau.booking.importing.domain.ImportedAppointment;
import fr.creneau.platform.csv.LineError;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Books the appointments of a file one counter-day at a time: each day's appointments go through its counter-day in
 * one unit of work and one database transaction, so the day's capacity sees the file's other appointments of that
 * day. A real run where nothing in the file was refused so far commits as it goes, a busy day in parts of
 * {@link #COMMIT_EVERY} (the next part sees the committed ones); otherwise a day is booked and rolled back whole, so
 * that the days after an error still report theirs. Committing this way keeps each unit of work under the command
 * bus's timeout, where one unit of work for a 10,000-line file was not.
 */
@Component
class DayBatches {

    private static final Logger log = LoggerFactory.getLogger(DayBatches.class);
    /** A real run commits a busy day in parts: a part's unit of work stays well under the command bus's timeout. */
    static final int COMMIT_EVERY = 200;

    /** An appointment of the file stored for good, and where, to withdraw it if a later day fails. */
    record Booked(long line, String counterDayId, String appointmentId, String reference) {
    }

    private final AppointmentBooker booker;
    private final ImportStore store;
    private final TransactionManager transactions;

    DayBatches(AppointmentBooker booker, ImportStore store, TransactionManager transactions) {
        this.booker = booker;
        this.store = store;
        this.transactions = transactions;
    }

    /** Books every day; gives what was committed (nothing for a dry run), errors by line into {@code errors}. */
    List<Booked> book(ImportStore.ImportFile file, List<ImportedAppointment> toBook, ZoneId zone, boolean notify,
            boolean real, List<LineError> errors, AppointmentImporter.Progress progress, Instant now) {
        Map<String, List<ImportedAppointment>> days = new LinkedHashMap<>();
        for (ImportedAppointment a : toBook) {
            String day = new CounterDayId(a.counter().counterId(), a.start().atZone(zone).toLocalDate()).toString();
            days.computeIfAbsent(day, d -> new ArrayList<>()).add(a);
        }
        List<Booked> committed = new ArrayList<>();
        int done = 0;
        for (Map.Entry<String, List<ImportedAppointment>> day : days.entrySet()) {
            List<ImportedAppointment> rest = day.getValue();
            while (!rest.isEmpty()) {
                boolean commit = real && errors.isEmpty();
                List<ImportedAppointment> unit = commit ? rest.subList(0, Math.min(COMMIT_EVERY, rest.size())) : rest;
                List<Booked> booked = day(file, day.getKey(), unit, zone, notify, commit, errors, now, progress,
                        done);
                if (commit && errors.isEmpty()) {
                    committed.addAll(booked);
                }
                done += unit.size();
                rest = rest.subList(unit.size(), rest.size());
            }
        }
        return committed;
    }

    private List<Booked> day(ImportStore.ImportFile file, String day, List<ImportedAppointment> appointments,
            ZoneId zone, boolean notify, boolean commit, List<LineError> errors, Instant now,
            AppointmentImporter.Progress progress, int doneBefore) {
        DefaultUnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(new GenericMessage<>(file.importId()));
        unit.attachTransaction(transactions);
        int before = errors.size();
        List<Booked> booked = new ArrayList<>();
        try {
            for (AppointmentBooker.Prepared prepared : booker.prepare(appointments, file.communeId())) {
                ImportedAppointment a = prepared.appointment();
                AppointmentBooker.Outcome outcome = booker.book(prepared, file.communeId(), zone, notify, now);
                if (outcome.refusal() != null) {
                    errors.add(new LineError(file.fileName(), a.line(), outcome.refusal()));
                } else {
                    booked.add(new Booked(a.line(), day, outcome.appointmentId(), a.reference()));
                }
                progress.done(doneBefore + booked.size() + errors.size() - before);
            }
            store.importedAll(file.communeId(), booked, now);
            if (commit && errors.size() == before) {
                unit.commit();
            } else {
                unit.rollback();
            }
            return booked;
        } catch (RuntimeException e) {
            if (unit.isActive()) {
                unit.rollback(e);
            }
            log.warn("the day {} of the import {} failed and was rolled back", day, file.importId(), e);
            long first = appointments.get(0).line();
            long last = appointments.get(appointments.size() - 1).line();
            errors.add(new LineError(file.fileName(), first, DuplicateRefusal.in(e).map(conflict -> ("Un rendez-vous "
                    + "des lignes %d à %d fait doublon avec un rendez-vous en cours : %s").formatted(first, last,
                    conflict.getMessage())).orElse("Les rendez-vous des lignes %d à %d n'ont pas pu être enregistrés."
                    .formatted(first, last))));
            return List.of();
        }
    }
}
