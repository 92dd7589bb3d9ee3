package fr.creneau.notification.delivery.command;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The fast lane's few threads and bounded queue. A notice it refuses (queue full) or drops (shutdown) is sent by its
 * durable task: the queue only has to absorb a rush's bursts, not hold every notice.
 */
public record FastLaneThreads(Executor executor) implements AutoCloseable {

    static FastLaneThreads of(int threads, int queue) {
        CustomizableThreadFactory factory = new CustomizableThreadFactory("notice-fast-lane-");
        factory.setDaemon(true);
        return new FastLaneThreads(new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queue), factory, new ThreadPoolExecutor.AbortPolicy()));
    }

    @Override
    public void close() {
        if (executor instanceof ExecutorService service) {
            service.shutdownNow();
        }
    }
}
