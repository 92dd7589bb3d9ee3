package fr.creneau.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Remembers the processes a stack started, so that the next start can end those a killed launcher left behind
 * (they would hold the ports and the data). A process is ended only if both its pid and its start time match
 * what was recorded, so a pid the system gave to someone else since is never touched.
 */
final class LeftOvers {

    private final Path directory;

    LeftOvers(Path dataDirectory) {
        this.directory = dataDirectory.resolve("run");
    }

    void record(String name, long pid) {
        ProcessHandle.of(pid).flatMap(process -> process.info().startInstant()).ifPresent(started -> {
            try {
                Files.createDirectories(directory);
                Files.writeString(directory.resolve(name + ".pid"), pid + " " + started);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    void forgetAll() {
        for (Path file : recordedFiles()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Ends every recorded process that still runs, PostgreSQL last; returns how many there were. */
    int endAll() {
        int ended = 0;
        try {
            for (Path file : recordedFiles()) {
                Optional<ProcessHandle> process = recorded(file);
                if (process.isPresent()) {
                    end(process.get());
                    ended++;
                }
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ended;
    }

    /** The services before the broker and the database, so that none of them waits for its clients. */
    private List<Path> recordedFiles() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.pid")) {
            List<Path> all = new ArrayList<>();
            files.forEach(all::add);
            all.sort(Comparator.comparing((Path file) -> file.getFileName().toString().startsWith("postgresql"))
                    .thenComparing(file -> file.getFileName().toString().startsWith("kafka")));
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<ProcessHandle> recorded(Path file) throws IOException {
        List<String> fields = List.of(Files.readString(file).trim().split(" "));
        if (fields.size() != 2) {
            return Optional.empty();
        }
        Instant started = Instant.parse(fields.get(1));
        return ProcessHandle.of(Long.parseLong(fields.get(0)))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().startInstant().map(started::equals).orElse(false));
    }

    private static void end(ProcessHandle process) {
        process.destroy();
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }
}
