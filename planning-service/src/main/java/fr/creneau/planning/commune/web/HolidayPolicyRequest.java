package fr.creneau.planning.commune.web;

import fr.creneau.planning.capacity.domain.PublicHoliday;

import java.util.Set;

/** {@code disabled}: the holidays that do not close the commune; {@code alsaceMoselle}: Good Friday and 26 December close it. */
public record HolidayPolicyRequest(Set<PublicHoliday> disabled, boolean alsaceMoselle) {
}
