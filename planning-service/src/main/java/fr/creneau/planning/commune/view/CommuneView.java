package fr.creneau.planning.commune.view;

import fr.creneau.planning.capacity.domain.HolidayPolicy;

import java.time.ZoneId;

public record CommuneView(String communeId, String name, String timeZone, HolidayPolicy holidays,
        int retentionMonths) {

    public static final String KIND = "commune";
    public static final int DEFAULT_RETENTION_MONTHS = 24;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    CommuneView withHolidays(HolidayPolicy policy) {
        return new CommuneView(communeId, name, timeZone, policy, retentionMonths);
    }

    CommuneView with(String newName, int months) {
        return new CommuneView(communeId, newName, timeZone, holidays, months);
    }
}
