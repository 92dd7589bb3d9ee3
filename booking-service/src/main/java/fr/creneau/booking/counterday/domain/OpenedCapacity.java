package fr.creneau.booking.counterday.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * What a change of a day's capacity frees: at each instant, the units the new capacity leaves free beyond the
 * greater of the old capacity and what bookings take. Lowered capacity frees nothing; nor does a change that only
 * gives back room already taken beyond the old capacity.
 */
public final class OpenedCapacity {

    private OpenedCapacity() {
    }

    public static List<Usage> between(DayCapacity before, DayCapacity after, Collection<Usage> occupying) {
        TreeSet<Instant> instants = new TreeSet<>();
        before.windows().forEach(window -> addBounds(window.range(), instants));
        after.windows().forEach(window -> addBounds(window.range(), instants));
        occupying.forEach(usage -> addBounds(usage.range(), instants));
        List<Usage> opened = new ArrayList<>();
        Instant previous = null;
        for (Instant instant : instants) {
            if (previous != null) {
                int units = after.capacityAt(previous)
                        - Math.max(before.capacityAt(previous), usedAt(previous, occupying));
                if (units > 0) {
                    extend(opened, new Usage(new TimeRange(previous, instant), units));
                }
            }
            previous = instant;
        }
        return opened;
    }

    private static void extend(List<Usage> opened, Usage next) {
        Usage last = opened.isEmpty() ? null : opened.get(opened.size() - 1);
        if (last != null && last.units() == next.units() && last.range().end().equals(next.range().start())) {
            opened.set(opened.size() - 1, new Usage(new TimeRange(last.range().start(), next.range().end()),
                    last.units()));
        } else {
            opened.add(next);
        }
    }

    private static int usedAt(Instant instant, Collection<Usage> occupying) {
        return occupying.stream().filter(usage -> usage.range().contains(instant)).mapToInt(Usage::units).sum();
    }

    private static void addBounds(TimeRange range, TreeSet<Instant> instants) {
        instants.add(range.start());
        instants.add(range.end());
    }
}
