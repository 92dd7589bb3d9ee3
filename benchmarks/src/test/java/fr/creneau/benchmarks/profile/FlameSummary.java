package fr.creneau.benchmarks.profile;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one JVM spent its CPU on during a recording: the threads, the frames on top of the stack (self time), and
 * the flame graph's main frames. The collapsed stacks are written beside the recording, for flamegraph.pl.
 */
public final class FlameSummary {

    private static final int TOP_FRAMES = 15;

    private FlameSummary() {
    }

    public static String describe(String part, Path recording, double minShare) throws IOException {
        StackTrie trie = new StackTrie("all");
        Map<String, Long> selfFrames = new HashMap<>();
        Map<String, Long> threads = new HashMap<>();
        Map<String, Long> collapsed = new HashMap<>();
        Waits waits = new Waits();
        Duration gcPauses = Duration.ZERO;
        long collections = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                String type = event.getEventType().getName();
                if (type.equals("jdk.GarbageCollection")) {
                    gcPauses = gcPauses.plus(event.getDuration("sumOfPauses"));
                    collections++;
                } else if (type.equals("jdk.ExecutionSample") && event.getStackTrace() != null) {
                    List<String> frames = frames(event);
                    trie.add(frames);
                    selfFrames.merge(frames.get(frames.size() - 1), 1L, Long::sum);
                    threads.merge(threadGroup(event.getThread("sampledThread")), 1L, Long::sum);
                    collapsed.merge(String.join(";", frames), 1L, Long::sum);
                } else {
                    waits.accept(event);
                }
            }
        }
        writeCollapsed(recording, collapsed);
        long samples = trie.samples();
        StringBuilder text = new StringBuilder("== %s: %d CPU samples, GC pauses %d ms in %d collections%n"
                .formatted(part, samples, gcPauses.toMillis(), collections));
        text.append("threads: ").append(top(threads, samples, 6).stream().collect(Collectors.joining(", ")))
                .append(System.lineSeparator());
        text.append("top frames (self time):").append(System.lineSeparator());
        top(selfFrames, samples, TOP_FRAMES).forEach(line -> text.append("  ").append(line).append(System.lineSeparator()));
        text.append("flame graph, frames with at least %.0f %% of the samples:%n".formatted(minShare * 100));
        trie.mainFrames(minShare).forEach(line -> text.append(line).append(System.lineSeparator()));
        text.append("waits over 10 ms, summed, by the frame that waited:").append(System.lineSeparator());
        waits.top(TOP_FRAMES).forEach(line -> text.append("  ").append(line).append(System.lineSeparator()));
        return text.toString();
    }

    private static List<String> frames(RecordedEvent event) {
        List<String> frames = new ArrayList<>();
        for (RecordedFrame frame : event.getStackTrace().getFrames()) {
            frames.add(name(frame.getMethod()));
        }
        Collections.reverse(frames);
        return frames;
    }

    /** org.apache.kafka.clients.producer.KafkaProducer.send becomes o.a.k.c.p.KafkaProducer.send. */
    static String name(RecordedMethod method) {
        String type = method.getType().getName();
        int lastDot = type.lastIndexOf('.');
        StringBuilder initials = new StringBuilder();
        if (lastDot > 0) {
            for (String segment : type.substring(0, lastDot).split("\\.")) {
                initials.append(segment.charAt(0)).append('.');
            }
        }
        return initials + type.substring(lastDot + 1) + "." + method.getName();
    }

    private static String threadGroup(RecordedThread thread) {
        String name = thread == null || thread.getJavaName() == null ? "?" : thread.getJavaName();
        return name.replaceAll("\\d+", "N");
    }

    private static List<String> top(Map<String, Long> counts, long total, int limit) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                .map(e -> "%5.1f%% %s".formatted(100.0 * e.getValue() / total, e.getKey())).toList();
    }

    private static void writeCollapsed(Path recording, Map<String, Long> collapsed) throws IOException {
        Path file = recording.resolveSibling(recording.getFileName().toString().replace(".jfr", ".collapsed"));
        Files.write(file, collapsed.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
    }
}
