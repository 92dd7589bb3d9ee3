package fr.creneau.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Memory of processes read from /proc, in kibibytes. RSS (VmRSS) is what each process has in RAM; PSS shares each
 * shared page among the processes that map it, so PostgreSQL's shared buffers are not counted once per backend.
 */
public final class ResidentMemory {

    private ResidentMemory() {
    }

    /** VmRSS from /proc/pid/status; 0 for a process that is gone. */
    public static long kibibytes(long pid) {
        return field(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:");
    }

    public static long kibibytes(List<Long> pids) {
        return pids.stream().distinct().mapToLong(ResidentMemory::kibibytes).sum();
    }

    /** Pss from /proc/pid/smaps_rollup; 0 for a process that is gone. */
    public static long proportionalKibibytes(List<Long> pids) {
        return pids.stream().distinct()
                .mapToLong(pid -> field(Path.of("/proc", Long.toString(pid), "smaps_rollup"), "Pss:"))
                .sum();
    }

    private static long field(Path file, String name) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(line -> line.startsWith(name))
                    .map(line -> line.replaceAll("[^0-9]", ""))
                    .mapToLong(Long::parseLong)
                    .findFirst()
                    .orElse(0);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
