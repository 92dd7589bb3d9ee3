package fr.creneau.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Resident memory (VmRSS) of processes, read from /proc: what they really occupy in RAM, in kibibytes. */
public final class ResidentMemory {

    private ResidentMemory() {
    }

    public static long kibibytes(long pid) {
        try {
            List<String> status = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"));
            return status.stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> line.replaceAll("[^0-9]", ""))
                    .mapToLong(Long::parseLong)
                    .findFirst()
                    .orElse(0);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    public static long kibibytes(List<Long> pids) {
        return pids.stream().distinct().mapToLong(ResidentMemory::kibibytes).sum();
    }
}
