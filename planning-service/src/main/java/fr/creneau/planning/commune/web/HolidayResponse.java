package fr.creneau.planning.commune.web;

import java.time.LocalDate;

public record HolidayResponse(LocalDate date, String holiday, String label, boolean observed) {
}
