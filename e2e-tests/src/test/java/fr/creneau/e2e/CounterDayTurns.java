package fr.creneau.e2e;

import fr.creneau.launcher.Service;
import fr.creneau.launcher.Stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a rush's reservations spent their time in each booking-service, read from its Prometheus counters: waiting
 * for their counter-day's turn, running on it, lost to the other instance (conflicts), or given up (busy). The figures
 * are cumulative since the instance started.
 */
final class CounterDayTurns {

    private static final Pattern SAMPLE = Pattern.compile("^(booking_counterday_\\w+)(?:\\{[^}]*})? ([0-9.eE+-]+)$",
            Pattern.MULTILINE);

    private CounterDayTurns() {
    }

    static String describe(String moment, Stack stack) {
        StringBuilder text = new StringBuilder("counter-day turns, " + moment + "\n");
        HttpClient client = HttpClient.newHttpClient();
        for (String url : stack.urls(Service.BOOKING)) {
            Map<String, Double> samples = samples(client, url);
            text.append("  %s: %.0f commands, waited %.0f ms on average (max %.0f ms), ran %.0f ms on average (max %.0f ms), %.0f conflicts with the other instance, %.0f given up busy%n"
                    .formatted(url, samples.getOrDefault("booking_counterday_run_seconds_count", 0.0),
                            average(samples, "wait"), 1000 * samples.getOrDefault("booking_counterday_wait_seconds_max", 0.0),
                            average(samples, "run"), 1000 * samples.getOrDefault("booking_counterday_run_seconds_max", 0.0),
                            samples.getOrDefault("booking_counterday_conflicts_total", 0.0),
                            samples.getOrDefault("booking_counterday_busy_total", 0.0)));
        }
        return text.toString();
    }

    private static double average(Map<String, Double> samples, String timer) {
        double count = samples.getOrDefault("booking_counterday_" + timer + "_seconds_count", 0.0);
        return count == 0 ? 0 : 1000 * samples.getOrDefault("booking_counterday_" + timer + "_seconds_sum", 0.0) / count;
    }

    private static Map<String, Double> samples(HttpClient client, String url) {
        Map<String, Double> samples = new TreeMap<>();
        try {
            String body = client.send(HttpRequest.newBuilder(URI.create(url + "/actuator/prometheus")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher sample = SAMPLE.matcher(body);
            while (sample.find()) {
                samples.merge(sample.group(1), Double.parseDouble(sample.group(2)), Double::sum);
            }
        } catch (IOException e) {
            samples.put("unreadable", 1.0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return samples;
    }
}
