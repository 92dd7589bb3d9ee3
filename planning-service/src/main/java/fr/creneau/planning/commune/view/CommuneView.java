package fr.creneau.planning.commune.view;

import fr.creneau.planning.capacity.domain.HolidayPolicy;
import fr.creneau.planning.commune.domain.Subscription;

import java.time.ZoneId;

/**
 * {@code subscription} is null for a commune whose subscription the operator has not set: no quota then.
 * {@code suspended}: the operator suspended it ({@code suspensionReason} says why, or is empty).
 */
public record CommuneView(String communeId, String name, String timeZone, HolidayPolicy holidays,
        int retentionMonths, Subscription subscription, boolean suspended, String suspensionReason) {

    public static final String KIND = "commune";
    public static final int DEFAULT_RETENTION_MONTHS = 24;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    CommuneView withHolidays(HolidayPolicy policy) {
        return new CommuneView(communeId, name, timeZone, policy, retentionMonths, subscription, suspended,
                suspensionReason);
    }

    CommuneView with(String newName, int months) {
        return new CommuneView(communeId, newName, timeZone, holidays, months, subscription, suspended,
                suspensionReason);
    }

    CommuneView with(Subscription newSubscription) {
        return new CommuneView(communeId, name, timeZone, holidays, retentionMonths, newSubscription, suspended,
                suspensionReason);
    }

    CommuneView suspendedFor(String reason) {
        return new CommuneView(communeId, name, timeZone, holidays, retentionMonths, subscription, true, reason);
    }

    CommuneView resumed() {
        return new CommuneView(communeId, name, timeZone, holidays, retentionMonths, subscription, false, null);
    }
}
