package fr.creneau.benchmarks;

import java.util.List;

/** The targets of issue 11 ("Rush scale"), each a ratio of two figures of the same run. */
final class Targets {

    private Targets() {
    }

    /**
     * @param postgres8 single-row UPDATEs not waiting for the disk: the stricter baseline, the one of earlier runs
     * @param durable8  the same, each commit waiting for the disk, as the launcher's PostgreSQL now commits
     * @param kafka     Kafka's produce → consume on an idle stack
     * @param kafkaUnderLoad the same, measured during the window whose codes are {@code codes}
     */
    static List<String> check(LoadResult reservations32, LoadResult postgres8, LoadResult durable8, LoadResult week,
                              LoadResult trivial, LoadResult codes, LoadResult kafka, LoadResult kafkaUnderLoad) {
        double share = reservations32.perSecond() / postgres8.perSecond();
        double durableShare = reservations32.perSecond() / durable8.perSecond();
        double weekShare = week.perSecond() / trivial.perSecond();
        double weekP99 = week.p99() / trivial.p99();
        double codeP99 = codes.p99() / kafka.p99();
        double codeP99UnderLoad = codes.p99() / kafkaUnderLoad.p99();
        return List.of(
                Report.target("reservations at 32 clients >= 1 % of PostgreSQL UPDATE/s at 8 clients, not waiting for "
                        + "the disk", share >= 0.01, "%.2f %% (%.0f/s of %.0f/s)".formatted(share * 100,
                        reservations32.perSecond(), postgres8.perSecond())),
                Report.target("reservations at 32 clients >= 1 % of PostgreSQL UPDATE/s at 8 clients, durable as the "
                        + "stack commits", durableShare >= 0.01, "%.2f %% (%.0f/s of %.0f/s)".formatted(
                        durableShare * 100, reservations32.perSecond(), durable8.perSecond())),
                Report.target("reservations at 32 clients: p99 <= 250 ms", reservations32.p99() <= 250,
                        "%.0f ms".formatted(reservations32.p99())),
                Report.target("reservations at 32 clients: no 5xx", reservations32.serverErrors() == 0,
                        reservations32.serverErrors() + " answers 5xx"),
                Report.target("availability of a week >= 50 % of the trivial route's throughput", weekShare >= 0.5,
                        "%.0f %%".formatted(weekShare * 100)),
                Report.target("availability of a week: p99 <= 3x the trivial route's", weekP99 <= 3,
                        "x%.2f (%.1f ms against %.1f ms)".formatted(weekP99, week.p99(), trivial.p99())),
                Report.target("SlotReserved → SMS p99 <= 5x Kafka's produce → consume p99", codeP99 <= 5,
                        "x%.2f (%.1f ms against %.1f ms, %s; Kafka idle)".formatted(codeP99, codes.p99(),
                                kafka.p99(), codes.name())),
                Report.target("SlotReserved → SMS p99 <= 5x Kafka's produce → consume p99 under the same load",
                        codeP99UnderLoad <= 5, "x%.2f (%.1f ms against %.1f ms, %s)".formatted(codeP99UnderLoad,
                                codes.p99(), kafkaUnderLoad.p99(), kafkaUnderLoad.name())));
    }
}
