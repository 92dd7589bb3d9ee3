package fr.creneau.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What can be checked of the back-office pages without a browser: French, one main and one h1, the scripts they
 * load exist, and every label, description or error they name in their HTML is there with a unique id.
 */
class AgentPagesTest {

    private static final Path STATIC = Path.of("src/main/resources/static");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
    private static final Pattern LABEL_FOR = Pattern.compile("<label[^>]*\\sfor=\"([^\"]+)\"");
    private static final Pattern DESCRIBED_BY = Pattern.compile("aria-(?:describedby|labelledby|controls)=\"([^\"]+)\"");
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/agent/assets/[^\"]+)\"");

    static Stream<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(STATIC.resolve("agent"), 2)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void aPageIsInFrenchWithOneMainAndOneTitle(Path page) throws IOException {
        String html = Files.readString(page);

        assertThat(html).contains("<html lang=\"fr\">", "<main id=\"main\"", "<title");
        assertThat(Pattern.compile("<h1[\\s>]").matcher(html).results().count()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("pages")
    void theScriptsAndStylesAPageLoadsExist(Path page) throws IOException {
        for (String asset : all(ASSET, Files.readString(page))) {
            assertThat(STATIC.resolve(asset.substring(1))).as(asset).exists();
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void everyIdALabelOrADescriptionNamesIsThereOnce(Path page) throws IOException {
        String html = Files.readString(page);
        List<String> ids = all(ID, html);
        Set<String> unique = new HashSet<>(ids);

        assertThat(ids).as("duplicate ids").hasSameSizeAs(unique);
        assertThat(unique).containsAll(all(LABEL_FOR, html));
        for (String names : all(DESCRIBED_BY, html)) {
            assertThat(unique).containsAll(List.of(names.trim().split("\\s+")));
        }
    }

    private static List<String> all(Pattern pattern, String html) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(html);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
