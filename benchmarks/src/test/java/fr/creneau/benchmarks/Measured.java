package fr.creneau.benchmarks;

import fr.creneau.benchmarks.profile.FlameSummary;
import fr.creneau.benchmarks.profile.Recordings;
import fr.creneau.benchmarks.profile.Statements;
import fr.creneau.launcher.Service;
import fr.creneau.launcher.Stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToLongFunction;

/**
 * Runs the windows of a benchmark on a stack and keeps, beside each result, the CPU each part of the stack spent
 * per operation. A window named in {@code -Dbenchmark.profile} is also recorded with JFR in every
 * service and in this benchmark's own JVM, and its flame graphs' main frames are kept.
 */
final class Measured {

    /** The windows to profile, comma-separated: "reservation 32,booking 32". */
    static final List<String> PROFILE = List.of(System.getProperty("benchmark.profile", "").split(",")).stream()
            .map(String::trim).filter(name -> !name.isEmpty()).toList();
    private static final double FLAME_MIN_SHARE = Double.parseDouble(System.getProperty("benchmark.flameMinShare", "0.02"));

    private static final ToLongFunction<LoadResult> OPERATIONS = result -> result.latency().count();

    private final Stack stack;
    private final List<String> cpu = new ArrayList<>();
    private final List<String> database = new ArrayList<>();
    private final List<String> profiles = new ArrayList<>();

    Measured(Stack stack) {
        this.stack = stack;
    }

    LoadResult window(Callable<LoadResult> run) throws Exception {
        return window(run, OPERATIONS);
    }

    private LoadResult window(Callable<LoadResult> run, ToLongFunction<LoadResult> operationsOf) throws Exception {
        String statistics = stack.jdbcUrl(Service.BOOKING);
        DatabaseWork databaseBefore = DatabaseWork.now(statistics, stack.databaseUser(), stack.databasePassword());
        CpuTime before = CpuTime.now(stack.processIds());
        LoadResult result = run.call();
        CpuTime after = CpuTime.now(stack.processIds());
        String name = result.name() + " (" + result.clients() + ")";
        long operations = operationsOf.applyAsLong(result);
        cpu.add(Report.cpuLine(name, after.millisPerOperationSince(before, operations)));
        // PostgreSQL publishes its statistics within half a second of a transaction's end
        Thread.sleep(1000);
        database.add("%-40s %s".formatted(name, DatabaseWork.now(statistics, stack.databaseUser(),
                stack.databasePassword()).perOperationSince(databaseBefore, operations)));
        return result;
    }

    /** Like {@link #window}, recording every service with JFR when {@code name} matches the profile asked for. */
    LoadResult window(String name, Callable<LoadResult> run) throws Exception {
        return window(name, OPERATIONS, run);
    }

    /** Like {@link #window(String, Callable)}, for a window whose one result stands for {@code operations}. */
    LoadResult window(String name, long operations, Callable<LoadResult> run) throws Exception {
        return window(name, result -> operations, run);
    }

    private LoadResult window(String name, ToLongFunction<LoadResult> operationsOf, Callable<LoadResult> run)
            throws Exception {
        if (Statements.WINDOWS.contains(name)) {
            return counted(name, operationsOf, () -> recorded(name, operationsOf, run));
        }
        return recorded(name, operationsOf, run);
    }

    /** The window with every statement sent to PostgreSQL counted per operation ({@code -Dbenchmark.statements}). */
    private LoadResult counted(String name, ToLongFunction<LoadResult> operationsOf, Callable<LoadResult> run)
            throws Exception {
        Statements statements = new Statements(stack.scratchDatabase("creneau_statements"), stack.databaseUser(),
                stack.databasePassword());
        statements.reset();
        LoadResult result = run.call();
        long operations = operationsOf.applyAsLong(result);
        List<String> lines = new ArrayList<>(List.of("statements per operation in « %s » (%d operations):"
                .formatted(name, operations)));
        lines.addAll(statements.perOperation(operations, 0.05));
        Path directory = Files.createDirectories(directory(name));
        Files.write(directory.resolve("statements.txt"), lines);
        profiles.add(String.join("\n", lines));
        return result;
    }

    private LoadResult recorded(String name, ToLongFunction<LoadResult> operationsOf, Callable<LoadResult> run)
            throws Exception {
        if (!PROFILE.contains(name)) {
            return window(run, operationsOf);
        }
        Map<String, Long> services = new LinkedHashMap<>();
        stack.processIds().forEach((part, pids) -> {
            if (!part.equals("postgresql")) {
                services.put(part, pids.get(0));
            }
        });
        // its HTTP clients and fake Twilio share the two cores with the stack: their cost is measured beside it
        services.put(CpuTime.BENCHMARK_CLIENT, ProcessHandle.current().pid());
        Recordings recordings = Recordings.start(services);
        LoadResult result = window(run, operationsOf);
        Path directory = directory(name);
        Map<String, Path> files = recordings.stop(directory);
        StringBuilder text = new StringBuilder("profile of « %s »%n".formatted(name));
        for (Map.Entry<String, Path> file : files.entrySet()) {
            text.append(FlameSummary.describe(file.getKey(), file.getValue(), FLAME_MIN_SHARE));
        }
        Files.writeString(directory.resolve("summary.txt"), text);
        profiles.add(text.toString());
        return result;
    }

    private static Path directory(String window) {
        return Path.of("target", "profiles", window.replaceAll("[^A-Za-z0-9]+", "-"));
    }

    List<String> cpuPerOperation() {
        return cpu;
    }

    List<String> databaseWorkPerOperation() {
        return database;
    }

    List<String> profiles() {
        return profiles;
    }

    static Duration seconds(String property, long fallback) {
        return Duration.ofSeconds(Long.getLong(property, fallback));
    }
}
