package fr.creneau.launcher;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The memory of a stack's processes at one moment, in kibibytes: resident (RSS) by part, PostgreSQL counting all its
 * processes, and proportional (PSS) in all, which counts each shared page once.
 */
public record StackMemory(Map<String, Long> resident, long proportionalTotal) {

    public StackMemory {
        resident = Collections.unmodifiableMap(new LinkedHashMap<>(resident));
    }

    static StackMemory of(Map<String, List<Long>> processIds) {
        Map<String, Long> resident = new LinkedHashMap<>();
        processIds.forEach((part, pids) -> resident.put(part, ResidentMemory.kibibytes(pids)));
        long proportional = processIds.values().stream().mapToLong(ResidentMemory::proportionalKibibytes).sum();
        return new StackMemory(resident, proportional);
    }

    /** The sum of the resident figures: shared pages count once per process, so it overstates PostgreSQL. */
    public long residentTotal() {
        return resident.values().stream().mapToLong(Long::longValue).sum();
    }
}
