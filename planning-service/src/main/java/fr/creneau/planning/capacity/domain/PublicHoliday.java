package fr.creneau.planning.capacity.domain;

import java.time.LocalDate;
import java.time.Month;
import java.util.function.Function;

/** French public holidays (Code du travail, art. L3133-1) and the two extra days of Alsace-Moselle. */
public enum PublicHoliday {
    JOUR_DE_L_AN("Jour de l'an", false, year -> LocalDate.of(year, Month.JANUARY, 1)),
    VENDREDI_SAINT("Vendredi saint", true, year -> EasterSunday.of(year).minusDays(2)),
    LUNDI_DE_PAQUES("Lundi de Pâques", false, year -> EasterSunday.of(year).plusDays(1)),
    FETE_DU_TRAVAIL("Fête du travail", false, year -> LocalDate.of(year, Month.MAY, 1)),
    VICTOIRE_1945("Victoire 1945", false, year -> LocalDate.of(year, Month.MAY, 8)),
    ASCENSION("Ascension", false, year -> EasterSunday.of(year).plusDays(39)),
    LUNDI_DE_PENTECOTE("Lundi de Pentecôte", false, year -> EasterSunday.of(year).plusDays(50)),
    FETE_NATIONALE("Fête nationale", false, year -> LocalDate.of(year, Month.JULY, 14)),
    ASSOMPTION("Assomption", false, year -> LocalDate.of(year, Month.AUGUST, 15)),
    TOUSSAINT("Toussaint", false, year -> LocalDate.of(year, Month.NOVEMBER, 1)),
    ARMISTICE("Armistice 1918", false, year -> LocalDate.of(year, Month.NOVEMBER, 11)),
    NOEL("Noël", false, year -> LocalDate.of(year, Month.DECEMBER, 25)),
    SAINT_ETIENNE("Saint-Étienne", true, year -> LocalDate.of(year, Month.DECEMBER, 26));

    private final String label;
    private final boolean alsaceMoselleOnly;
    private final Function<Integer, LocalDate> dateInYear;

    PublicHoliday(String label, boolean alsaceMoselleOnly, Function<Integer, LocalDate> dateInYear) {
        this.label = label;
        this.alsaceMoselleOnly = alsaceMoselleOnly;
        this.dateInYear = dateInYear;
    }

    public String label() {
        return label;
    }

    public boolean alsaceMoselleOnly() {
        return alsaceMoselleOnly;
    }

    public LocalDate in(int year) {
        return dateInYear.apply(year);
    }
}
