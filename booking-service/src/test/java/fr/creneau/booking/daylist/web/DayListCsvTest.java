package fr.creneau.booking.daylist.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DayListCsvTest {

    @Test
    void aPlainValueIsWrittenAsIs() {
        assertThat(DayListCsv.cell("Jeanne Martin")).isEqualTo("Jeanne Martin");
    }

    @Test
    void aValueWithASeparatorOrAQuoteIsQuoted() {
        assertThat(DayListCsv.cell("Martin; Jeanne")).isEqualTo("\"Martin; Jeanne\"");
        assertThat(DayListCsv.cell("dit \"Jeannot\"")).isEqualTo("\"dit \"\"Jeannot\"\"\"");
    }

    @Test
    void aValueASpreadsheetWouldComputeIsKeptAsText() {
        assertThat(DayListCsv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(DayListCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(DayListCsv.cell("-2+3+cmd|' /C calc'!A0")).startsWith("'-2");
    }

    @Test
    void aPhoneNumberIsNotMistakenForAFormula() {
        assertThat(DayListCsv.cell("+33 6 12 34 56 78")).isEqualTo("+33 6 12 34 56 78");
    }

    @Test
    void aMissingValueIsAnEmptyCell() {
        assertThat(DayListCsv.cell(null)).isEmpty();
    }
}
