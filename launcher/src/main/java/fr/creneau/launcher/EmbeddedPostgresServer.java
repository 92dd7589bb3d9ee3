package fr.creneau.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL from zonky's embedded binaries, its data kept in a folder of ours across restarts (initialised only
 * when the folder is new).
 */
final class EmbeddedPostgresServer implements Postgres {

    private final EmbeddedPostgres server;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres server, Path dataDirectory) {
        this.server = server;
        this.dataDirectory = dataDirectory;
    }

    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    static EmbeddedPostgresServer start(Path dataDirectory, int port, Path logFile, Map<String, String> settings) {
        try {
            Files.createDirectories(logFile.getParent());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    // zonky waits 10 s for the server to answer, which a first start (initdb) on a loaded 2-core
                    // machine has overrun once (the launcher's test, 2026-12-02); a slow start is not a failed one
                    .setPGStartupWait(STARTUP_WAIT)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            // zonky starts PostgreSQL with -F (fsync off) and synchronous_commit off, as throw-away test data
            // allows: a power cut could then lose bookings already acknowledged, or corrupt the database. The
            // platform's data is kept, so every commit waits for the disk, as a PostgreSQL of its own does by
            // default (-c comes after -F on the command line, and wins); a caller's settings (tests: fsync=off)
            // still come after these.
            builder.setServerConfig("fsync", "on");
            builder.setServerConfig("synchronous_commit", "on");
            settings.forEach(builder::setServerConfig);
            return new EmbeddedPostgresServer(builder.start(), dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Impossible de démarrer PostgreSQL dans " + dataDirectory, e);
        }
    }

    @Override
    public String host() {
        return "localhost";
    }

    @Override
    public int port() {
        return server.getPort();
    }

    @Override
    public String user() {
        return "postgres";
    }

    @Override
    public String password() {
        return "postgres";
    }

    /** The postmaster (detached by pg_ctl, so not our child) and the backends it forked. */
    @Override
    public List<Long> processIds() {
        List<Long> pids = new ArrayList<>();
        try {
            long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
            pids.add(postmaster);
            ProcessHandle.of(postmaster).ifPresent(handle -> handle.descendants().forEach(d -> pids.add(d.pid())));
        } catch (IOException | RuntimeException e) {
            // not running, or the pid file is being rewritten: nothing to measure
        }
        return pids;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL ne s'est pas arrêté proprement", e);
        }
    }
}
