package fr.creneau.planning.commune.view;

import fr.creneau.planning.capacity.domain.HolidayPolicy;

import java.time.ZoneId;

public record CommuneView(String communeId, String name, String timeZone, HolidayPolicy holidays) {

    public static final String KIND = "commune";

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    CommuneView withHolidays(HolidayPolicy policy) {
        return new CommuneView(communeId, name, timeZone, policy);
    }
}
