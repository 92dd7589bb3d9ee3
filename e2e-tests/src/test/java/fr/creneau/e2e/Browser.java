package fr.creneau.e2e;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven by its chromedriver: nothing is downloaded. Without them the browser tests are
 * skipped, unless {@code CRENEAU_REQUIRE_BROWSER=1} (CI), where a missing browser is a failure.
 */
final class Browser implements AutoCloseable {

    static final Dimension PHONE = new Dimension(390, 844);
    static final Dimension DESKTOP = new Dimension(1366, 900);

    private static final Path CHROMIUM = Path.of(System.getProperty("creneau.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("creneau.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");
    private static final Duration WAIT = Duration.ofSeconds(20);

    final ChromeDriver driver;
    private final Path profile;
    private final String name;

    private Browser(String name, Dimension size) throws IOException {
        this.name = name;
        this.profile = Files.createTempDirectory("creneau-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=" + size.width + "," + size.height, "--lang=fr-FR");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(size);
        // a page that does not load fails the test within a minute, not after WebDriver's five
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /**
     * Put before any other extension of a browser test class: it skips the class (or fails it, when CI requires the
     * browser) before a stack is started for nothing.
     */
    static final class Installed implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            assumeInstalled();
        }
    }

    /** Skips the calling test when the browser is missing, or fails it when CI requires the browser. */
    static void assumeInstalled() {
        List<Path> missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(path -> !Files.isExecutable(path)).toList();
        if (missing.isEmpty()) {
            return;
        }
        String message = "Browser tests need Debian's chromium and chromium-driver (apt-get install -y chromium "
                + "chromium-driver); missing: " + missing;
        if ("1".equals(System.getenv("CRENEAU_REQUIRE_BROWSER"))) {
            Assertions.fail(message + ". CRENEAU_REQUIRE_BROWSER=1 makes this a failure.");
        }
        // surefire counts a class skipped in @BeforeAll as no test at all: the reason is printed where it is read
        System.out.println("SKIPPED browser tests: " + message + ". Set CRENEAU_REQUIRE_BROWSER=1 to make this a failure.");
        Assumptions.abort(message + ". Skipped: set CRENEAU_REQUIRE_BROWSER=1 to make this a failure.");
    }

    /** Opens a browser for {@code walk}, keeps a screenshot of the page where it failed, then closes it. */
    static void walk(String name, Dimension size, Consumer<Browser> walk) {
        try (Browser browser = open(name, size)) {
            try {
                walk.accept(browser);
            } catch (RuntimeException | Error failure) {
                try {
                    browser.screenshot("failure");
                    System.out.println("Console of " + name + " at " + browser.driver.getCurrentUrl() + ":");
                    browser.driver.manage().logs().get(LogType.BROWSER).getAll()
                            .forEach(entry -> System.out.println("  " + entry.getLevel() + " " + entry.getMessage()));
                } catch (RuntimeException e) {
                    failure.addSuppressed(e);
                }
                throw failure;
            }
        }
    }

    static Browser open(String name, Dimension size) {
        try {
            return new Browser(name, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void go(String url) {
        driver.get(url);
    }

    WebElement visible(String css) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    void waitForText(String css, String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    void waitForUrl(String part) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains(part));
    }

    void waitUntil(String what, BooleanSupplier condition) {
        new WebDriverWait(driver, WAIT).withMessage(what).until(d -> condition.getAsBoolean());
    }

    void click(String css) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    void type(String css, String text) {
        WebElement input = visible(css);
        input.clear();
        input.sendKeys(text);
    }

    /** The step the page shows now ({@code body[data-step]}), once it has loaded its data. */
    void waitForStep(String step) {
        visible("#step-" + step);
        new WebDriverWait(driver, WAIT).until(d -> step.equals(d.findElement(By.tagName("body")).getDomAttribute("data-step")));
    }

    boolean isShown(String css) {
        return driver.findElements(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed);
    }

    long viewportWidth() {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth")).longValue();
    }

    /** Fails with the list of serious or critical axe-core violations of the page as it is now. */
    void assertAccessible(String state) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze(driver);
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .toList();
        if (!blocking.isEmpty()) {
            Assertions.fail("axe-core finds serious or critical violations on " + name + " / " + state + ":\n"
                    + blocking.stream().map(Browser::describe).collect(Collectors.joining("\n")));
        }
    }

    /** Writes target/screenshots/{name}-{screen}.png, a build artifact. */
    void screenshot(String screen) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + "-" + screen + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Both: every key screen is checked and kept. */
    void checkAndKeep(String screen) {
        screenshot(screen);
        assertAccessible(screen);
    }

    private static String describe(Rule rule) {
        return "- [%s] %s: %s (%s)%s".formatted(rule.getImpact(), rule.getId(), rule.getHelp(), rule.getHelpUrl(),
                rule.getNodes().stream().limit(5).map(node -> "\n    at " + node.getTarget() + ": " + node.getFailureSummary())
                        .collect(Collectors.joining()));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> paths = Files.walk(profile)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
