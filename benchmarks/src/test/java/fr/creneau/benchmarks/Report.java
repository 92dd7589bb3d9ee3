package fr.creneau.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The table of a run: each figure beside its baseline measured in the same run, as ratios; then whatever the run
 * adds (CPU per operation, targets, profiles). Printed, and appended to target/benchmark.txt.
 */
final class Report {

    private static final String ROW = "%-48s %4s %9s %9s %9s  %-34s %9s %9s %9s%n";

    private final StringBuilder text = new StringBuilder();
    private final List<String> notes = new ArrayList<>();

    Report(String title, String details) {
        text.append("%n==== %s, %s, %d cores, load average %s%n%s%n".formatted(title,
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(java.time.ZoneId.of("Europe/Paris")))
                        .substring(0, 16),
                Runtime.getRuntime().availableProcessors(), loadAverage(), details));
        text.append(ROW.formatted("what", "cli.", "per s", "p50 ms", "p99 ms", "outcomes", "/s ratio", "p50 ratio",
                "p99 ratio"));
    }

    /** One row; the ratios are to {@code baseline}, itself a row of this run (or null for a baseline). */
    Report row(LoadResult result, LoadResult baseline) {
        text.append(ROW.formatted(result.name(), result.clients(), number(result.perSecond()), millis(result.p50()),
                millis(result.p99()), outcomes(result.outcomes()),
                baseline == null ? "" : percent(result.perSecond() / baseline.perSecond()),
                baseline == null ? "" : times(result.p50() / baseline.p50()),
                baseline == null ? "" : times(result.p99() / baseline.p99())));
        if (baseline != null) {
            notes.add("  ratios of « %s » (%d) are to « %s » (%d)".formatted(result.name(), result.clients(),
                    baseline.name(), baseline.clients()));
        }
        return this;
    }

    Report section(String title, List<String> lines) {
        text.append(System.lineSeparator()).append(title).append(System.lineSeparator());
        lines.forEach(line -> text.append("  ").append(line).append(System.lineSeparator()));
        return this;
    }

    /** A target of issue 11, with what was measured. */
    static String target(String what, boolean met, String measured) {
        return "%s %s: %s".formatted(met ? "[met]    " : "[NOT met]", what, measured);
    }

    static String cpuLine(String name, Map<String, Double> millisPerOperation) {
        return "%-40s %s".formatted(name, millisPerOperation.entrySet().stream()
                .map(e -> "%s %.2f".formatted(e.getKey(), e.getValue())).collect(Collectors.joining(", ")));
    }

    String print() throws IOException {
        text.append(System.lineSeparator()).append("baselines:").append(System.lineSeparator());
        notes.forEach(note -> text.append(note).append(System.lineSeparator()));
        text.append("load average at the end: ").append(loadAverage()).append(System.lineSeparator());
        String report = text.toString();
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "benchmark.txt"), report, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        return report;
    }

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : "%,.0f".formatted(value);
    }

    private static String millis(double value) {
        return Double.isNaN(value) ? "" : value < 10 ? "%.2f".formatted(value) : "%.0f".formatted(value);
    }

    private static String percent(double ratio) {
        return Double.isNaN(ratio) || Double.isInfinite(ratio) ? "" : "%.2f %%".formatted(ratio * 100);
    }

    private static String times(double ratio) {
        return Double.isNaN(ratio) || Double.isInfinite(ratio) ? "" : "x%.2f".formatted(ratio);
    }

    private static String outcomes(Map<Integer, Long> outcomes) {
        String joined = outcomes.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(" "));
        return joined.length() > 34 ? joined.substring(0, 33) + "…" : joined;
    }
}
