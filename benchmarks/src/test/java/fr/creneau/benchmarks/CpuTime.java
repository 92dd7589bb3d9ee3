package fr.creneau.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CPU time used so far by each part of the stack (and by this benchmark's own JVM), read from /proc: user and
 * system time of its processes, and of their children that ended (PostgreSQL's backends come and go).
 */
final class CpuTime {

    /** This benchmark's own JVM, by the name it is reported under. */
    static final String BENCHMARK_CLIENT = "benchmark client";

    private static final double TICKS_PER_SECOND = 100;

    private final Map<String, Long> ticks;

    private CpuTime(Map<String, Long> ticks) {
        this.ticks = ticks;
    }

    static CpuTime now(Map<String, List<Long>> processIds) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        processIds.forEach((part, pids) -> ticks.put(part, pids.stream().distinct().mapToLong(CpuTime::ticks).sum()));
        ticks.put(BENCHMARK_CLIENT, ticks(ProcessHandle.current().pid()));
        return new CpuTime(ticks);
    }

    /** Milliseconds of CPU each part used since {@code earlier}, per operation. */
    Map<String, Double> millisPerOperationSince(CpuTime earlier, long operations) {
        return ticks.keySet().stream().collect(Collectors.toMap(part -> part,
                part -> (ticks.get(part) - earlier.ticks.getOrDefault(part, 0L)) * 1000 / TICKS_PER_SECOND
                        / Math.max(1, operations),
                (a, b) -> a, LinkedHashMap::new));
    }

    /** utime + stime + cutime + cstime (fields 14 to 17 of /proc/pid/stat); 0 for a process that is gone. */
    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                    + Long.parseLong(fields[14]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
