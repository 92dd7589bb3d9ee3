package fr.creneau.platform.csv;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CsvFileTest {

    private static final Set<String> REQUIRED = Set.of("nom");
    private static final Set<String> KNOWN = Set.of("nom", "adresse");

    @Test
    void eachRecordKnowsTheLineItStartsOnEvenAfterAQuotedLineBreakAndBlankLines() {
        CsvFile file = CsvFile.read("lieux.csv", "\uFEFFNom;Adresse\nMairie;\"1 place\nde la Mairie\"\n\nAnnexe;2 rue Haute\n",
                REQUIRED, KNOWN);

        assertThat(file.errors()).isEmpty();
        assertThat(file.lines()).extracting(CsvLine::line).containsExactly(2L, 5L);
        assertThat(file.lines().get(0).get("adresse")).isEqualTo("1 place\nde la Mairie");
        assertThat(file.lines().get(1).get("nom")).isEqualTo("Annexe");
    }

    @Test
    void commasSeparateWhenTheHeaderHasNoSemicolon() {
        CsvFile file = CsvFile.read("lieux.csv", "nom,adresse\n\"Mairie, annexe\",\n", REQUIRED, KNOWN);

        assertThat(file.lines()).singleElement().satisfies(line -> {
            assertThat(line.get("nom")).isEqualTo("Mairie, annexe");
            assertThat(line.get("adresse")).isNull();
        });
    }

    @Test
    void unknownAndMissingColumnsAreErrorsOfTheFirstLineInFrench() {
        CsvFile file = CsvFile.read("lieux.csv", "adresse;couleur\n1 rue;bleu\n", REQUIRED, KNOWN);

        assertThat(file.lines()).isEmpty();
        assertThat(file.errors()).extracting(LineError::line).containsOnly(1L);
        assertThat(file.errors()).extracting(LineError::message).anySatisfy(m -> assertThat(m).contains("« couleur » est inconnue"))
                .anySatisfy(m -> assertThat(m).contains("« nom » manque"));
    }

    @Test
    void aLineWithMoreFieldsThanColumnsAndAnUnclosedQuoteAreReported() {
        CsvFile file = CsvFile.read("lieux.csv", "nom;adresse\nMairie;1 rue;en trop\nAnnexe;\"2 rue\n", REQUIRED, KNOWN);

        assertThat(file.errors()).extracting(LineError::line).contains(2L);
        assertThat(file.errors()).anySatisfy(error -> assertThat(error.message()).contains("n'est pas un CSV lisible"));
    }
}
