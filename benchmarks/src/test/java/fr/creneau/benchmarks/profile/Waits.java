package fr.creneau.benchmarks.profile;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where threads waited (parked on a lock, blocked on a monitor, reading a socket), by the first frame of the
 * application or its libraries that made them wait: JFR records those waits over 10 ms with the "profile"
 * settings. The CPU samples say what is slow to compute; these say what is slow to wait for.
 */
final class Waits {

    private static final Set<String> TYPES = Set.of("jdk.ThreadPark", "jdk.JavaMonitorEnter", "jdk.SocketRead");
    private static final List<String> PLUMBING = List.of("java.", "jdk.", "sun.", "kotlin.", "io.netty.", "reactor.",
            "org.apache.tomcat.", "org.apache.coyote.", "org.postgresql.core.", "org.postgresql.jdbc.");

    private final Map<String, Duration> byFrame = new HashMap<>();
    private final Map<String, Long> counts = new HashMap<>();

    void accept(RecordedEvent event) {
        if (!TYPES.contains(event.getEventType().getName()) || event.getStackTrace() == null) {
            return;
        }
        String frame = event.getEventType().getName().substring(4) + " in " + caller(event);
        byFrame.merge(frame, event.getDuration(), Duration::plus);
        counts.merge(frame, 1L, Long::sum);
    }

    List<String> top(int limit) {
        return byFrame.entrySet().stream().sorted(Map.Entry.<String, Duration>comparingByValue().reversed()).limit(limit)
                .map(e -> "%8.1f s %6d× %s".formatted(e.getValue().toMillis() / 1000.0, counts.get(e.getKey()),
                        e.getKey()))
                .toList();
    }

    private static String caller(RecordedEvent event) {
        for (RecordedFrame frame : event.getStackTrace().getFrames()) {
            String type = frame.getMethod().getType().getName();
            if (PLUMBING.stream().noneMatch(type::startsWith)) {
                return FlameSummary.name(frame.getMethod());
            }
        }
        return "(the JDK)";
    }
}
