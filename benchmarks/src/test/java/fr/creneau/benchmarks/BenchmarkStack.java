package fr.creneau.benchmarks;

import fr.creneau.benchmarks.profile.Recordings;
import fr.creneau.launcher.Service;
import fr.creneau.launcher.Stack;
import fr.creneau.launcher.StackBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The whole platform from the packaged jars, on its own ports and data directory, with WireMock as Twilio. The
 * per-client rate limits are lifted: a client of a throughput benchmark sends far more than a citizen would, and
 * the shipped limits are tested on their own (from many addresses, in the rush test).
 */
final class BenchmarkStack implements AutoCloseable {

    static final String UNLIMITED = "1000000000";
    /** The services' JVM options, to compare e.g. the launcher's default with other settings. */
    static final String JVM_OPTIONS = System.getProperty("benchmark.jvmOptions", "").trim();

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
        if (!Measured.PROFILE.isEmpty()) {
            // added to the launcher's options (or those given) of every service
            builder.environment("JAVA_TOOL_OPTIONS", Recordings.JVM_OPTION);
        }
        Stack stack = builder
                .rootDirectory(Path.of(System.getProperty("creneau.root", "..")))
                .dataDirectory(data)
                .freePorts()
                .environment(Service.NOTIFICATION, "TWILIO_ACCOUNT_SID", FakeTwilio.ACCOUNT_SID)
                .environment(Service.NOTIFICATION, "TWILIO_AUTH_TOKEN", FakeTwilio.AUTH_TOKEN)
                .environment(Service.NOTIFICATION, "TWILIO_FROM", FakeTwilio.FROM)
                .environment(Service.NOTIFICATION, "TWILIO_API_URL", twilio.url())
                .environment(Service.GATEWAY, "CRENEAU_GATEWAY_RATELIMIT_GENERAL_REQUESTS", UNLIMITED)
                .environment(Service.GATEWAY, "CRENEAU_GATEWAY_RATELIMIT_SENSITIVE_REQUESTS", UNLIMITED)
                .environment(Service.GATEWAY, "CRENEAU_GATEWAY_RATELIMIT_LOGIN_REQUESTS", UNLIMITED)
                .environment(Service.BOOKING, "SPRING_APPLICATION_JSON", """
                        {"booking": {"rate-limits": {"reservation-per-ip": {"limit": %s, "period": "PT1M"},
                                                     "code-per-ip": {"limit": %s, "period": "PT1M"}}}}
                        """.formatted(UNLIMITED, UNLIMITED))
                .build();
        try {
            return new BenchmarkStack(twilio, stack.start());
        } catch (RuntimeException e) {
            twilio.close();
            throw e;
        }
    }

    String jvmOptionsLabel() {
        return JVM_OPTIONS.isEmpty() ? "the launcher's default" : JVM_OPTIONS;
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
