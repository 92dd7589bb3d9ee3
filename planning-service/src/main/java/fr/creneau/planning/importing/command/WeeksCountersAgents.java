package fr.creneau.planning.importing.command;

import fr.creneau.planning.agent.command.CreateAgent;
import fr.creneau.planning.agent.domain.AgentDetails;
import fr.creneau.planning.appointmenttype.view.AppointmentTypeView;
import fr.creneau.planning.capacity.domain.ScheduleApplication;
import fr.creneau.planning.counter.command.ApplyReferenceWeek;
import fr.creneau.planning.counter.command.CreateCounter;
import fr.creneau.planning.counter.domain.CounterDetails;
import fr.creneau.planning.counter.view.CounterView;
import fr.creneau.planning.place.view.PlaceView;
import fr.creneau.planning.referenceweek.command.CreateReferenceWeek;
import fr.creneau.planning.referenceweek.view.ReferenceWeekView;
import fr.creneau.planning.shared.domain.DateSpan;
import fr.creneau.planning.shared.domain.WeeklyHoursNotation;
import fr.creneau.platform.csv.CsvLine;
import fr.creneau.platform.csv.LineError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The reference weeks file ({@code semaines}: one line a day, {@code 09h00-12h00 14h00-17h00}), the counters file
 * ({@code guichets}: its place and types by name, and the reference week applied from {@code du} to {@code au} with a
 * number of agents) and the agents file ({@code agents}: the counters they work at).
 */
final class WeeksCountersAgents {

    private WeeksCountersAgents() {
    }

    static Plan weeks(String communeId, String fileName, List<CsvLine> lines, CommuneNames names,
            List<LineError> errors, Supplier<String> ids) {
        Map<String, List<CsvLine>> byWeek = new LinkedHashMap<>();
        lines.forEach(line -> byWeek.computeIfAbsent(CommuneNames.key(line.get("nom")), k -> new ArrayList<>()).add(line));
        List<Object> commands = new ArrayList<>();
        int created = 0;
        int present = 0;
        for (List<CsvLine> week : byWeek.values()) {
            String name = week.get(0).get("nom");
            if (name == null || names.week(name).isPresent()) {
                present += name == null ? 0 : 1;
                week.stream().filter(line -> name == null).forEach(line -> errors.add(new LineError(fileName,
                        line.line(), "Le nom de la semaine (colonne « nom ») est obligatoire.")));
                continue;
            }
            Map<String, List<String>> days = new LinkedHashMap<>();
            week.forEach(line -> days.put(String.valueOf(line.get("jour")), ranges(line.get("plages"))));
            try {
                commands.add(new CreateReferenceWeek(ids.get(), communeId, name,
                        WeeklyHoursNotation.parse(days)));
                created++;
            } catch (IllegalArgumentException e) {
                errors.add(new LineError(fileName, week.get(0).line(), "Semaine « %s » : %s".formatted(name,
                        e.getMessage())));
            }
        }
        return new Plan(commands, created, present);
    }

    static Plan counters(String communeId, String fileName, List<CsvLine> lines, CommuneNames names,
            List<LineError> errors, Supplier<String> ids) {
        return OneEntityALine.plan(fileName, lines, "nom", name -> names.counter(name).isPresent(), (line, id) -> {
            PlaceView place = names.place(line.get("lieu")).orElseThrow(() -> new IllegalArgumentException(
                    "Le lieu « %s » est inconnu dans cette commune.".formatted(line.get("lieu"))));
            List<String> types = Cells.list(line, "types").stream().map(label -> names.type(label)
                    .map(AppointmentTypeView::appointmentTypeId).orElseThrow(() -> new IllegalArgumentException(
                            "Le type de rendez-vous « %s » est inconnu dans cette commune.".formatted(label)))).toList();
            List<Object> commands = new ArrayList<>();
            commands.add(new CreateCounter(id, communeId, new CounterDetails(place.placeId(), line.get("nom"), types, List.of())));
            if (line.get("semaine") != null) {
                commands.add(schedule(communeId, id, line, names, ids));
            }
            return commands;
        }, errors, ids);
    }

    static Plan agents(String communeId, String fileName, List<CsvLine> lines, CommuneNames names,
            List<LineError> errors, Supplier<String> ids) {
        return OneEntityALine.plan(fileName, lines, "nom", name -> names.agent(name).isPresent(), (line, id) -> {
            List<String> counters = Cells.list(line, "guichets").stream().map(name -> names.counter(name)
                    .map(CounterView::counterId).orElseThrow(() -> new IllegalArgumentException(
                            "Le guichet « %s » est inconnu dans cette commune.".formatted(name)))).toList();
            return List.of(new CreateAgent(id, communeId, new AgentDetails(line.get("nom"), List.of(), counters)));
        }, errors, ids);
    }

    private static ApplyReferenceWeek schedule(String communeId, String counterId, CsvLine line, CommuneNames names,
            Supplier<String> ids) {
        ReferenceWeekView week = names.week(line.get("semaine")).orElseThrow(() -> new IllegalArgumentException(
                "La semaine de référence « %s » est inconnue dans cette commune.".formatted(line.get("semaine"))));
        LocalDate from = Cells.date(line, "du");
        LocalDate to = Cells.date(line, "au");
        if (from == null || to == null) {
            throw new IllegalArgumentException("Une semaine appliquée demande ses dates « du » et « au ».");
        }
        Integer agents = Cells.number(line, "agents");
        return new ApplyReferenceWeek(counterId, communeId, week.referenceWeekId(), new ScheduleApplication(
                week.hours(), new DateSpan(from, to), agents == null ? 1 : agents, week.referenceWeekId(),
                ids.get()));
    }

    private static List<String> ranges(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[\\s,;|]+")).filter(r -> !r.isBlank()).toList();
    }
}
