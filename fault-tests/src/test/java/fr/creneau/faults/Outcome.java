package fr.creneau.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/** What one fault cost, counted from the citizens' requests, the event store and the messages received. */
record Outcome(String fault, Duration faultLasted, List<Exchange> exchanges, List<Booking> bookings,
               Set<String> heldButNotStored, Set<String> confirmedButNotStored, long sentTwice,
               long perhapsSentTwice, List<String> undelivered, Duration caughtUpAfterFault,
               Duration serviceBackAfterStart) {

    /** Every exchange that was neither a success nor the documented 503 problem+json. */
    List<Exchange> undocumentedAnswers() {
        return exchanges.stream().filter(exchange -> !exchange.succeeded() && !exchange.documentedRefusal()).toList();
    }

    Duration slowest() {
        return exchanges.stream().map(Exchange::took).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    long confirmed() {
        return bookings.stream().filter(Booking::confirmed).count();
    }

    String figures() {
        Map<Integer, Long> statuses = exchanges.stream()
                .collect(Collectors.groupingBy(Exchange::status, TreeMap::new, Collectors.counting()));
        return """
                %s
                  fault lasted                           %5.1f s
                  citizens' requests                     %5d  by status %s, slowest %d ms
                  service back for citizens after        %s
                  bookings held (201) / confirmed (200)  %5d / %d
                  acknowledged but not in the event store %4d held, %d confirmed
                  codes or confirmations sent twice      %5d  (and %d perhaps twice: Twilio answered too late)
                  messages never delivered               %5d
                  every message delivered               %s after the fault ended
                %s""".formatted(fault, faultLasted.toMillis() / 1000.0, exchanges.size(), statuses,
                slowest().toMillis(), serviceBackAfterStart == null ? "never interrupted"
                        : "%5.1f s from the fault's start".formatted(serviceBackAfterStart.toMillis() / 1000.0),
                bookings.size(), confirmed(), heldButNotStored.size(), confirmedButNotStored.size(), sentTwice,
                perhapsSentTwice, undelivered.size(), caughtUpAfterFault == null ? " never"
                        : "%6.1f s".formatted(caughtUpAfterFault.toMillis() / 1000.0),
                undocumentedAnswers().stream().limit(5).map(exchange -> "  unexpected: " + exchange + "\n")
                        .collect(Collectors.joining())
                        + undelivered.stream().limit(5).map(what -> "  never delivered: " + what + "\n")
                        .collect(Collectors.joining()));
    }

    /** Counts, per booking, the messages beyond the one expected of a kind. */
    static long beyondOne(List<Booking> bookings, ToLongFunction<Booking> count) {
        return bookings.stream().mapToLong(count).map(n -> Math.max(0, n - 1)).sum();
    }

    /** From the fault's start to the first success after the last refusal since; null when nobody was refused. */
    static Duration serviceBack(List<Exchange> exchanges, Instant faultStart) {
        Instant lastRefusal = exchanges.stream().filter(exchange -> !exchange.succeeded())
                .filter(exchange -> !exchange.sentAt().isBefore(faultStart))
                .map(exchange -> exchange.sentAt().plus(exchange.took())).max(Instant::compareTo).orElse(null);
        if (lastRefusal == null) {
            return null;
        }
        return exchanges.stream().filter(Exchange::succeeded)
                .map(exchange -> exchange.sentAt().plus(exchange.took()))
                .filter(answered -> answered.isAfter(lastRefusal)).min(Instant::compareTo)
                .map(back -> Duration.between(faultStart, back)).orElse(null);
    }
}
