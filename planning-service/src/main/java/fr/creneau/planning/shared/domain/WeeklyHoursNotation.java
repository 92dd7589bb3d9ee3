package fr.creneau.planning.shared.domain;

import fr.creneau.planning.shared.domain.InvalidWeeklyHours.LineError;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a reference week written one range a line in the {@code XXhXX-XXhXX} notation ({@code 09h00-12h00}).
 * Strict: any other spelling, an end before its start or two overlapping lines are refused, naming the day and
 * the line; every mistake of the week is reported at once.
 */
public final class WeeklyHoursNotation {

    private static final Pattern LINE = Pattern.compile("([01]\\d|2[0-3])h([0-5]\\d)-([01]\\d|2[0-3])h([0-5]\\d)");

    private WeeklyHoursNotation() {
    }

    public static WeeklyHours parse(Map<String, List<String>> linesByDay) {
        if (linesByDay == null || linesByDay.isEmpty()) {
            throw new IllegalArgumentException("La semaine de référence doit indiquer au moins un jour d'ouverture.");
        }
        Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
        List<LineError> errors = new ArrayList<>();
        linesByDay.forEach((dayText, lines) -> {
            Optional<DayOfWeek> day = FrenchDays.parse(dayText);
            if (day.isEmpty()) {
                errors.add(new LineError(null, null,
                        "« %s » n'est pas un jour de la semaine (MONDAY à SUNDAY, ou lundi à dimanche).".formatted(dayText)));
            } else if (days.containsKey(day.get())) {
                errors.add(new LineError(day.get(), null, "Le %s est indiqué deux fois.".formatted(FrenchDays.name(day.get()))));
            } else {
                days.put(day.get(), parseDay(day.get(), lines == null ? List.of() : lines, errors));
            }
        });
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing((LineError error) -> error.day() == null ? -1 : error.day().ordinal())
                    .thenComparing(error -> error.line() == null ? 0 : error.line()));
            throw new InvalidWeeklyHours(errors);
        }
        return new WeeklyHours(days);
    }

    /** One range alone, as in an exception ({@code 14h00-16h00}). */
    public static TimeRange parseRange(String text) {
        Matcher matcher = LINE.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "Plage « %s » : format attendu XXhXX-XXhXX, par exemple 14h00-16h00.".formatted(text));
        }
        LocalTime start = LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        LocalTime end = LocalTime.of(Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(4)));
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("Plage « %s » : la fin doit être après le début.".formatted(text));
        }
        return new TimeRange(start, end);
    }

    private static List<TimeRange> parseDay(DayOfWeek day, List<String> lines, List<LineError> errors) {
        List<TimeRange> ranges = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int number = i + 1;
            String line = lines.get(i);
            Optional<TimeRange> parsed = parseLine(day, number, line, errors);
            if (parsed.isEmpty()) {
                continue;
            }
            TimeRange range = parsed.get();
            Optional<TimeRange> overlapped = ranges.stream().filter(earlier -> earlier.overlaps(range)).findFirst();
            if (overlapped.isPresent()) {
                errors.add(new LineError(day, number, "%s, ligne %d « %s » : chevauche la plage %s.".formatted(
                        capitalized(day), number, line, overlapped.get().notation())));
            } else {
                ranges.add(range);
            }
        }
        return ranges;
    }

    private static Optional<TimeRange> parseLine(DayOfWeek day, int number, String line, List<LineError> errors) {
        Matcher matcher = LINE.matcher(line == null ? "" : line.trim());
        if (!matcher.matches()) {
            errors.add(new LineError(day, number,
                    "%s, ligne %d « %s » : format attendu XXhXX-XXhXX, par exemple 09h00-12h00.".formatted(
                            capitalized(day), number, line)));
            return Optional.empty();
        }
        LocalTime start = LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        LocalTime end = LocalTime.of(Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(4)));
        if (!start.isBefore(end)) {
            errors.add(new LineError(day, number, "%s, ligne %d « %s » : la fin doit être après le début.".formatted(
                    capitalized(day), number, line)));
            return Optional.empty();
        }
        return Optional.of(new TimeRange(start, end));
    }

    private static String capitalized(DayOfWeek day) {
        String name = FrenchDays.name(day);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
