package fr.creneau.planning.importing.command;

import fr.creneau.platform.csv.CsvLine;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Reads a cell as a yes/no, a number, a date or a list ({@code |} between items), or says in French why not. */
final class Cells {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private Cells() {
    }

    static boolean yesNo(CsvLine line, String column, boolean absent) {
        String value = line.get(column);
        if (value == null) {
            return absent;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "oui", "o", "vrai", "true", "1", "x" -> true;
            case "non", "n", "faux", "false", "0" -> false;
            default -> throw new IllegalArgumentException("La colonne « %s » vaut oui ou non, pas « %s »."
                    .formatted(column, value));
        };
    }

    static Integer number(CsvLine line, String column) {
        String value = line.get(column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("La colonne « %s » attend un nombre entier, pas « %s »."
                    .formatted(column, value));
        }
    }

    static Double decimal(CsvLine line, String column) {
        String value = line.get(column);
        if (value == null) {
            return null;
        }
        try {
            return Double.parseDouble(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("La colonne « %s » attend un nombre, pas « %s ».".formatted(column, value));
        }
    }

    static LocalDate date(CsvLine line, String column) {
        String value = line.get(column);
        if (value == null) {
            return null;
        }
        try {
            return value.contains("/") ? LocalDate.parse(value, FRENCH_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("La colonne « %s » attend une date (2026-12-15 ou 15/12/2026), pas « %s »."
                    .formatted(column, value));
        }
    }

    static List<String> list(CsvLine line, String column) {
        String value = line.get(column);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split("\\|")).map(String::trim).filter(item -> !item.isEmpty()).toList();
    }
}
