package fr.creneau.booking.importing.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The columns of the appointments file (README, "Moving in"). */
public final class AppointmentColumns {

    public static final String REFERENCE = "reference";
    public static final String TYPE = "type";
    public static final String OPTION = "option";
    public static final String COUNTER = "guichet";
    public static final String START = "debut";
    public static final String PERSONS = "personnes";
    public static final String NAME = "nom";
    public static final String EMAIL = "email";
    public static final String MOBILE = "mobile";
    public static final String ANTS = "numeros_ants";
    public static final String REMARK = "remarque";
    public static final String CHANNEL = "canal";

    public static final Set<String> REQUIRED = new LinkedHashSet<>(List.of(REFERENCE, TYPE, COUNTER, START, NAME));
    public static final Set<String> KNOWN = new LinkedHashSet<>(List.of(REFERENCE, TYPE, OPTION, COUNTER, START,
            PERSONS, NAME, EMAIL, MOBILE, ANTS, REMARK, CHANNEL));

    private AppointmentColumns() {
    }
}
