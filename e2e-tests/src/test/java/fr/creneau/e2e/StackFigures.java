package fr.creneau.e2e;

import fr.creneau.launcher.Stack;
import fr.creneau.launcher.StackMemory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/** What the whole stack costs: its start time and the resident memory of every process it runs. */
final class StackFigures {

    private StackFigures() {
    }

    static String describe(String moment, Stack stack) {
        StackMemory memory = stack.memory();
        StringBuilder text = new StringBuilder("Créneau stack, %s: started in %.1f s, total RSS %d MiB (PSS %d MiB)%n".formatted(
                moment, stack.startupTime().toMillis() / 1000.0, memory.residentTotal() / 1024,
                memory.proportionalTotal() / 1024));
        for (Map.Entry<String, Long> part : memory.resident().entrySet()) {
            text.append("  %-22s %5d MiB%n".formatted(part.getKey(), part.getValue() / 1024));
        }
        return text.toString();
    }

    /** Printed, and kept in target/ so a build's figures can be read after it. */
    static void report(String figures) {
        System.out.print(figures);
        try {
            Files.writeString(Path.of("target", "stack-figures.txt"), figures,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
