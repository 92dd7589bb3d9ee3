package fr.creneau.benchmarks;

import fr.creneau.benchmarks.profile.Recordings;
import fr.creneau.benchmarks.profile.Statements;
import fr.creneau.launcher.Service;
import fr.creneau.launcher.Stack;
import fr.creneau.launcher.StackMemory;
import fr.creneau.launcher.StackBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The whole platform from the packaged jars, on its own ports and data directory, with WireMock as Twilio. The
 * per-client rate limits are lifted: a client of a throughput benchmark sends far more than a citizen would, and
 * the shipped limits are tested on their own (from many addresses, in the rush test).
 */
final class BenchmarkStack implements AutoCloseable {

    static final String UNLIMITED = "1000000000";
    static final String ANTS_TOKEN = "benchmark-ants-editor-token";
    /** The services' JVM options, to compare e.g. the launcher's default with other settings. */
    static final String JVM_OPTIONS = System.getProperty("benchmark.jvmOptions", "").trim();

    /**
     * -Dbenchmark.env.GATEWAY.SOME_VARIABLE=value gives a service a setting of the run, to try one: each is printed
     * with the figures.
     */
    static final Map<EnvironmentKey, String> EXTRA_ENVIRONMENT = System.getProperties().stringPropertyNames().stream()
            .filter(name -> name.startsWith("benchmark.env."))
            .collect(Collectors.toMap(EnvironmentKey::of, System::getProperty));

    record EnvironmentKey(String service, String name) {
        static EnvironmentKey of(String property) {
            String[] parts = property.substring("benchmark.env.".length()).split("\\.", 2);
            return new EnvironmentKey(parts[0], parts[1]);
        }
    }

    final FakeTwilio twilio;
    final Stack stack;

    private BenchmarkStack(FakeTwilio twilio, Stack stack) {
        this.twilio = twilio;
        this.stack = stack;
    }

    static BenchmarkStack start(String name) {
        FakeTwilio twilio = new FakeTwilio().start();
        Path data = Path.of("target", name).toAbsolutePath();
        deleteRecursively(data);
        StackBuilder builder = Stack.builder();
        if (!JVM_OPTIONS.isEmpty()) {
            builder.jvmOptions(List.of(JVM_OPTIONS.split("\\s+")));
        }
        EXTRA_ENVIRONMENT.forEach((key, value) -> builder.environment(Service.valueOf(key.service()), key.name(), value));
        if (!Measured.PROFILE.isEmpty()) {
            // added to the launcher's options (or those given) of every service
            builder.environment("JAVA_TOOL_OPTIONS", Recordings.JVM_OPTION);
        }
        if (!Statements.WINDOWS.isEmpty()) {
            Statements.SERVER_SETTINGS.forEach(builder::postgresSetting);
        }
        Stack stack = builder
                .rootDirectory(root())
                .dataDirectory(data)
                .freePorts()
                // the machine is shared: a start can take minutes while others build
                .startupTimeout(Duration.ofMinutes(Long.getLong("benchmark.startupMinutes", 10)))
                .environment(Service.NOTIFICATION, "TWILIO_ACCOUNT_SID", FakeTwilio.ACCOUNT_SID)
                .environment(Service.NOTIFICATION, "TWILIO_AUTH_TOKEN", FakeTwilio.AUTH_TOKEN)
                .environment(Service.NOTIFICATION, "TWILIO_FROM", FakeTwilio.FROM)
                .environment(Service.NOTIFICATION, "TWILIO_API_URL", twilio.url())
                // no SMTP server here: as shipped, a channel without its provider must be switched off
                .environment(Service.NOTIFICATION, "NOTIFICATION_CHANNELS", "SMS")
                .environment(Service.GATEWAY, "CRENEAU_GATEWAY_RATELIMIT_GENERAL_REQUESTS", UNLIMITED)
                .environment(Service.GATEWAY, "CRENEAU_GATEWAY_RATELIMIT_SENSITIVE_REQUESTS", UNLIMITED)
                .environment(Service.GATEWAY, "CRENEAU_GATEWAY_RATELIMIT_LOGIN_REQUESTS", UNLIMITED)
                // the token the ANTS' national site sends (AntsTimeSlotsBenchmark plays it)
                .environment(Service.BOOKING, "ANTS_EDITOR_TOKEN", ANTS_TOKEN)
                .environment(Service.GATEWAY, "ANTS_EDITOR_TOKEN", ANTS_TOKEN)
                .environment(Service.BOOKING, "SPRING_APPLICATION_JSON", """
                        {"booking": {"rate-limits": {"reservation-per-person": {"limit": %s, "period": "PT1M"},
                                                     "code-per-appointment": {"limit": %s, "period": "PT1M"}}}}
                        """.formatted(UNLIMITED, UNLIMITED))
                .build();
        try {
            return new BenchmarkStack(twilio, stack.start());
        } catch (RuntimeException e) {
            twilio.close();
            throw e;
        }
    }

    /** Where the jars are: this worktree's, or those of another build given as -Dbenchmark.root, to compare. */
    static Path root() {
        return Path.of(System.getProperty("benchmark.root", System.getProperty("creneau.root", "..")));
    }

    /** What the figures were measured on, for the report's heading. */
    String heading(Duration window) {
        return "jars of %s; windows of %d s; %s%nper-client rate limits LIFTED (each client from an address of its own)"
                .formatted(root().toAbsolutePath().normalize(), window.toSeconds(), settingsLabel());
    }

    /** Its start time, and the memory each part holds now (after the load, with its code compiled). */
    List<String> figures() {
        StackMemory memory = stack.memory();
        return List.of("started in %.1f s".formatted(stack.startupTime().toMillis() / 1000.0),
                "resident memory now, MiB: " + memory.resident().entrySet().stream()
                        .map(e -> "%s %d".formatted(e.getKey(), e.getValue() / 1024)).collect(Collectors.joining(", "))
                        + "; PSS of all: %d".formatted(memory.proportionalTotal() / 1024));
    }

    private String settingsLabel() {
        return "services' JVM: " + (JVM_OPTIONS.isEmpty() ? "the launcher's default" : JVM_OPTIONS)
                + EXTRA_ENVIRONMENT.entrySet().stream().map(e -> "; " + e.getKey().service() + " "
                + e.getKey().name() + "=" + e.getValue()).collect(Collectors.joining());
    }

    @Override
    public void close() {
        stack.stop();
        twilio.close();
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
