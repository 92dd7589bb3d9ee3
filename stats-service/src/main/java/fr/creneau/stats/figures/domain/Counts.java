package fr.creneau.stats.figures.domain;

/** What is counted straight from the appointments of one bucket. Lead times are in seconds, null without data. */
public record Counts(
        long booked,
        long confirmed,
        long cancelledByCitizen,
        long cancelledByMairie,
        long refused,
        long unscheduled,
        long rescheduled,
        long attended,
        long noShow,
        long holdsExpired,
        Double leadTimeMedianSeconds,
        Double leadTimeP90Seconds,
        double bookedMinutes) {

    public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null, 0);
}
