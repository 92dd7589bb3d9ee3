package fr.creneau.stats.figures.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The figures of one bucket, as the API, the CSV and the analysts' stream show them. Rates are fractions (0.25 =
 * 25 %) with 4 decimals, lead times in hours with 1 decimal; a rate or lead time without data is null, and so are
 * capacity and occupancy when the breakdown is not by commune, place or counter, and the SMS figures when it is
 * not by commune (SMS are counted on the day they were sent, cost in euro cents).
 */
public record Figures(
        long booked,
        long confirmed,
        long cancelled,
        long cancelledByCitizen,
        long cancelledByMairie,
        long refused,
        long unscheduled,
        long rescheduled,
        long attended,
        long noShow,
        long holdsExpired,
        BigDecimal noShowRate,
        BigDecimal cancellationRate,
        BigDecimal leadTimeMedianHours,
        BigDecimal leadTimeP90Hours,
        long bookedMinutes,
        Long capacityMinutes,
        BigDecimal occupancyRate,
        Long smsSent,
        Long smsSegments,
        Long smsCostEuroCents,
        Long smsDelivered,
        Long smsDeliveryFailed) {

    public static Figures of(Counts counts, Double capacityMinutes) {
        return of(counts, capacityMinutes, null);
    }

    public static Figures of(Counts counts, Double capacityMinutes, SmsTotals sms) {
        long cancelled = counts.cancelledByCitizen() + counts.cancelledByMairie();
        long bookedMinutes = Math.round(counts.bookedMinutes());
        Long capacity = capacityMinutes == null ? null : Math.round(capacityMinutes);
        return new Figures(counts.booked(), counts.confirmed(), cancelled, counts.cancelledByCitizen(),
                counts.cancelledByMairie(), counts.refused(), counts.unscheduled(), counts.rescheduled(),
                counts.attended(), counts.noShow(), counts.holdsExpired(),
                rate(counts.noShow(), counts.attended() + counts.noShow()), rate(cancelled, counts.booked()),
                hours(counts.leadTimeMedianSeconds()), hours(counts.leadTimeP90Seconds()), bookedMinutes, capacity,
                capacity == null ? null : rate(bookedMinutes, capacity),
                sms == null ? null : sms.sent(), sms == null ? null : sms.segments(),
                sms == null ? null : sms.costEuroCents(), sms == null ? null : sms.delivered(),
                sms == null ? null : sms.deliveryFailed());
    }

    private static BigDecimal rate(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal hours(Double seconds) {
        return seconds == null ? null : BigDecimal.valueOf(seconds / 3600).setScale(1, RoundingMode.HALF_UP);
    }
}
