package fr.creneau.benchmarks.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Flight recordings of running JVMs, started and stopped with jcmd so that they cover exactly a benchmark's window.
 * The JVMs should run with {@link #JVM_OPTION}, or deep stacks are cut at 64 frames.
 */
public final class Recordings {

    public static final String JVM_OPTION = "-XX:FlightRecorderOptions=stackdepth=512";
    private static final String NAME = "benchmark";

    private final Map<String, Long> processes;

    private Recordings(Map<String, Long> processes) {
        this.processes = processes;
    }

    /** Starts a recording with JFR's "profile" settings (a sample every 10 ms) in each of these JVMs. */
    public static Recordings start(Map<String, Long> processes) {
        processes.values().forEach(pid -> jcmd(pid, "JFR.start", "name=" + NAME, "settings=profile"));
        return new Recordings(new LinkedHashMap<>(processes));
    }

    /** Stops them; each recording is written as {@code <directory>/<part>.jfr} (a space in the part's name as "-"). */
    public Map<String, Path> stop(Path directory) throws IOException {
        Files.createDirectories(directory);
        Map<String, Path> files = new LinkedHashMap<>();
        processes.forEach((part, pid) -> {
            // jcmd splits its command at spaces
            Path file = directory.resolve(part.replace(' ', '-') + ".jfr").toAbsolutePath();
            jcmd(pid, "JFR.stop", "name=" + NAME, "filename=" + file);
            files.put(part, file);
        });
        return files;
    }

    private static void jcmd(long pid, String... command) {
        try {
            List<String> line = new java.util.ArrayList<>(List.of(jcmdPath(), Long.toString(pid)));
            line.addAll(List.of(command));
            Process process = new ProcessBuilder(line).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + pid + " " + String.join(" ", command) + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("jcmd is needed to profile", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String jcmdPath() {
        Path besideJava = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        return Files.isExecutable(besideJava) ? besideJava.toString() : "jcmd";
    }
}
