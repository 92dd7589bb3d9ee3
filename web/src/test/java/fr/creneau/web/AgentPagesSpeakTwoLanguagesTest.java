package fr.creneau.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back office in French and English, checked without a browser: every text of a page, daily or administration,
 * carries a translation key (or is marked as a proper noun), and every key a page or a script uses exists in both
 * languages.
 */
class AgentPagesSpeakTwoLanguagesTest {

    private static final Path STATIC = Path.of("src/main/resources/static");
    private static final Path ASSETS = STATIC.resolve("agent/assets");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    // "key": in a dictionary (the fr and en blocks of i18n-agent.js, the Object.assign blocks of i18n-admin.js).
    private static final Pattern DICTIONARY_KEY = Pattern.compile("^\\s*\"([\\w.-]+)\":", Pattern.MULTILINE);
    // t("key") or t("key", ...) in a script, whatever the name of the translating function's alias.
    private static final Pattern SCRIPT_KEY = Pattern.compile("\\b(?:t|tr|Creneau\\.t|C\\.t)\\(\"([\\w.-]+)\"\\s*[,)]");
    private static final Pattern ADMIN_KEY = Pattern.compile("\"(admin\\.[\\w.-]*[\\w-])\"");
    private static final Set<String> I18N_ATTRIBUTES =
            Set.of("data-i18n", "data-i18n-label", "data-i18n-placeholder", "data-i18n-title");

    static Stream<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(STATIC.resolve("agent"), 2)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList().stream();
        }
    }

    static Stream<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.walk(ASSETS, 2)) {
            return files.filter(file -> file.toString().endsWith(".js"))
                    .filter(file -> !file.getFileName().toString().startsWith("i18n-")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void everyTextOfAPageCarriesAKey(Path page) throws IOException {
        Document html = Jsoup.parse(page.toFile(), "UTF-8");
        List<String> untranslated = new ArrayList<>();
        for (Element element : html.getAllElements()) {
            boolean keyed = element.hasAttr("data-i18n") || element.hasAttr("data-i18n-skip");
            if (!keyed && LETTER.matcher(element.ownText()).find()) {
                untranslated.add(element.tagName() + ": " + element.ownText());
            }
            for (String[] pair : new String[][] {{"aria-label", "data-i18n-label"}, {"placeholder", "data-i18n-placeholder"},
                    {"title", "data-i18n-title"}}) {
                if (LETTER.matcher(element.attr(pair[0])).find() && !element.hasAttr(pair[1])) {
                    untranslated.add(element.tagName() + " @" + pair[0] + ": " + element.attr(pair[0]));
                }
            }
        }
        assertThat(untranslated).as("texts without data-i18n in " + page).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void everyKeyOfAPageIsInBothLanguages(Path page) throws IOException {
        Document html = Jsoup.parse(page.toFile(), "UTF-8");
        Map<String, Set<String>> dictionaries = dictionaries();
        List<String> keys = new ArrayList<>();
        for (Element element : html.getAllElements()) {
            I18N_ATTRIBUTES.stream().filter(element::hasAttr).map(element::attr).forEach(keys::add);
        }

        assertThat(keys).as("keys of " + page).isNotEmpty();
        assertThat(dictionaries.get("fr")).as("French keys").containsAll(keys);
        assertThat(dictionaries.get("en")).as("English keys").containsAll(keys);
    }

    @ParameterizedTest
    @MethodSource("pages")
    void aPageLoadsItsTextsBeforeTheShell(Path page) throws IOException {
        String html = Files.readString(page);

        assertThat(html).contains("<script src=\"/agent/assets/i18n-agent.js\" defer></script>");
        assertThat(html.indexOf("/agent/assets/i18n-agent.js")).isLessThan(html.indexOf("/agent/assets/agent.js"));
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void everyKeyAScriptAsksForIsInBothLanguages(Path script) throws IOException {
        Map<String, Set<String>> dictionaries = dictionaries();
        List<String> keys = new ArrayList<>();
        Matcher matcher = SCRIPT_KEY.matcher(Files.readString(script));
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }

        assertThat(dictionaries.get("fr")).as("French keys of " + script).containsAll(keys);
        assertThat(dictionaries.get("en")).as("English keys of " + script).containsAll(keys);
    }

    @ParameterizedTest
    @MethodSource("adminPages")
    void anAdministrationPageLoadsItsTextsRightAfterTheCommonOnes(Path page) throws IOException {
        String html = Files.readString(page);

        assertThat(html).contains("<script src=\"/agent/assets/i18n-agent.js\" defer></script>\n"
                + "  <script src=\"/agent/assets/admin/i18n-admin.js\" defer></script>\n"
                + "  <script src=\"/agent/assets/agent.js\" defer></script>");
    }

    // An administration script also picks keys by a condition (t(many ? "admin.x.many" : "admin.x.one")): every
    // whole key it writes is checked, a prefix ending with a dot ("admin.common.day." + day) being completed at run time.
    @ParameterizedTest
    @MethodSource("scripts")
    void everyAdministrationKeyAScriptWritesIsInBothLanguages(Path script) throws IOException {
        Map<String, Set<String>> dictionaries = dictionaries();
        List<String> keys = new ArrayList<>();
        Matcher matcher = ADMIN_KEY.matcher(Files.readString(script));
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }

        assertThat(dictionaries.get("fr")).as("French keys of " + script).containsAll(keys);
        assertThat(dictionaries.get("en")).as("English keys of " + script).containsAll(keys);
    }

    static Stream<Path> adminPages() throws IOException {
        return pages().filter(page -> page.startsWith(STATIC.resolve("agent/admin")));
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNoEmptyText() throws IOException {
        Map<String, Set<String>> dictionaries = dictionaries();

        assertThat(dictionaries.get("fr")).hasSizeGreaterThan(1000).isEqualTo(dictionaries.get("en"));
        assertThat(dictionaries.get("fr")).filteredOn(key -> key.startsWith("admin.")).hasSizeGreaterThan(600);
        assertThat(Files.readString(ASSETS.resolve("i18n-agent.js"))).doesNotContain(": \"\"");
        assertThat(Files.readString(ASSETS.resolve("admin/i18n-admin.js"))).doesNotContain(": \"\"");
    }

    /** The keys of each language, from i18n-agent.js and, when there, the administration's i18n-admin.js. */
    private static Map<String, Set<String>> dictionaries() throws IOException {
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        keys.put("fr", new java.util.TreeSet<>());
        keys.put("en", new java.util.TreeSet<>());
        for (Path file : List.of(ASSETS.resolve("i18n-agent.js"), ASSETS.resolve("admin/i18n-admin.js"))) {
            if (!Files.exists(file)) {
                continue;
            }
            String text = Files.readString(file);
            int english = Math.max(text.indexOf("en: {"), text.indexOf("CRENEAU_AGENT_TEXTS.en,"));
            assertThat(english).as("the English block of " + file).isPositive();
            collect(text.substring(0, english), keys.get("fr"));
            collect(text.substring(english), keys.get("en"));
        }
        return keys;
    }

    private static void collect(String block, Set<String> into) {
        Matcher matcher = DICTIONARY_KEY.matcher(block);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }
}
