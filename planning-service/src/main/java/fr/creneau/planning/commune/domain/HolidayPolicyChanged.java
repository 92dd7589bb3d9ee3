package fr.creneau.planning.commune.domain;

import fr.creneau.planning.capacity.domain.HolidayPolicy;
import fr.creneau.planning.capacity.domain.PublicHoliday;

import java.util.Set;

/** {@code changed} lists the holidays that now close the commune or no longer do. */
public record HolidayPolicyChanged(String communeId, HolidayPolicy policy, Set<PublicHoliday> changed) {
}
