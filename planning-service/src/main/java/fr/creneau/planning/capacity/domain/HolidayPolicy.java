package fr.creneau.planning.capacity.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which public holidays close a commune: all of them by default, minus those it switched off; the Alsace-Moselle
 * days only when the commune is there.
 */
public record HolidayPolicy(Set<PublicHoliday> disabled, boolean alsaceMoselle) {

    public static final HolidayPolicy DEFAULT = new HolidayPolicy(Set.of(), false);

    public HolidayPolicy {
        disabled = disabled == null || disabled.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(disabled));
    }

    public boolean observes(PublicHoliday holiday) {
        return !disabled.contains(holiday) && (alsaceMoselle || !holiday.alsaceMoselleOnly());
    }

    public Optional<PublicHoliday> holidayOn(LocalDate date) {
        for (PublicHoliday holiday : PublicHoliday.values()) {
            if (observes(holiday) && holiday.in(date.getYear()).equals(date)) {
                return Optional.of(holiday);
            }
        }
        return Optional.empty();
    }

    public Map<LocalDate, PublicHoliday> observedIn(int year) {
        Map<LocalDate, PublicHoliday> dates = new TreeMap<>();
        for (PublicHoliday holiday : PublicHoliday.values()) {
            if (observes(holiday)) {
                dates.put(holiday.in(year), holiday);
            }
        }
        return dates;
    }

    /** The holidays observed by one policy and not by the other. */
    public Set<PublicHoliday> differencesWith(HolidayPolicy other) {
        Set<PublicHoliday> changed = EnumSet.noneOf(PublicHoliday.class);
        for (PublicHoliday holiday : PublicHoliday.values()) {
            if (observes(holiday) != other.observes(holiday)) {
                changed.add(holiday);
            }
        }
        return changed;
    }
}
