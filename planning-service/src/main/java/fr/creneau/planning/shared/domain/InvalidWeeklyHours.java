package fr.creneau.planning.shared.domain;

import java.time.DayOfWeek;
import java.util.List;
import java.util.stream.Collectors;

/** Every mistake found in a week written line by line, each naming its day and line when it has one. */
public class InvalidWeeklyHours extends IllegalArgumentException {

    private final transient List<LineError> errors;

    public InvalidWeeklyHours(List<LineError> errors) {
        super(errors.stream().map(LineError::message).collect(Collectors.joining(" ; ")));
        this.errors = List.copyOf(errors);
    }

    public List<LineError> errors() {
        return errors;
    }

    /** {@code day} and {@code line} (from 1) are null when the mistake is not on one line. */
    public record LineError(DayOfWeek day, Integer line, String message) {
    }
}
