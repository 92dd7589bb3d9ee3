package fr.creneau.stats.figures.web;

import fr.creneau.stats.dimension.domain.Dimension;
import fr.creneau.stats.figures.domain.Counts;
import fr.creneau.stats.figures.domain.DateBasis;
import fr.creneau.stats.figures.domain.FigureQuery;
import fr.creneau.stats.figures.domain.FigureRow;
import fr.creneau.stats.figures.domain.Figures;
import fr.creneau.stats.figures.domain.Period;
import fr.creneau.stats.figures.domain.SmsTotals;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FigureCsvTest {

    private static final FigureQuery BY_PLACE = new FigureQuery("villeneuve", null, null, Map.of(), Period.MONTH,
            Dimension.PLACE, DateBasis.APPOINTMENT);
    private static final Counts ONE_ATTENDED = new Counts(1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 7200.0, 7200.0, 20);

    @Test
    void aLabelThatLooksLikeAFormulaIsWrittenAsText() {
        String csv = FigureCsv.write(BY_PLACE, List.of(row("=HYPERLINK(\"http://x\")")));

        assertThat(csv).contains(";\"'=HYPERLINK(\"\"http://x\"\")\";");
    }

    @Test
    void aLabelWithASemicolonIsQuoted() {
        String csv = FigureCsv.write(BY_PLACE, List.of(row("Mairie; annexe")));

        assertThat(csv).contains(";\"Mairie; annexe\";");
    }

    @Test
    void decimalsUseACommaAndMissingValuesAreEmpty() {
        String line = FigureCsv.write(BY_PLACE, List.of(row("Mairie"))).split("\r\n")[1];

        assertThat(line).isEqualTo("2026-12-01;place;place-1;Mairie;1;1;0;0;0;0;0;0;1;0;0;0,0000;0,0000;2,0;2,0;20;;;;;;;");
    }

    @Test
    void theSmsCostIsWrittenInEuros() {
        FigureQuery byDay = new FigureQuery("villeneuve", null, null, Map.of(), Period.DAY, null, DateBasis.APPOINTMENT);
        FigureRow row = new FigureRow(LocalDate.of(2026, 12, 1), null, null,
                Figures.of(ONE_ATTENDED, 60.0, new SmsTotals(3, 5, 35, 2, 1)));

        String line = FigureCsv.write(byDay, List.of(row)).split("\r\n")[1];

        assertThat(line).endsWith(";20;60;0,3333;3;5;0,35;2;1");
    }

    private static FigureRow row(String label) {
        return new FigureRow(LocalDate.of(2026, 12, 1), "place-1", label, Figures.of(ONE_ATTENDED, null));
    }
}
