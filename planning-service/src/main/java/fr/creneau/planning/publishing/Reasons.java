package fr.creneau.planning.publishing;

/** The reasons {@code PlanningChanged} documents. */
final class Reasons {

    static final String REFERENCE_WEEK = "REFERENCE_WEEK";
    static final String EXCEPTION = "EXCEPTION";
    static final String CLOSURE = "CLOSURE";
    static final String HOLIDAY = "HOLIDAY";
    static final String ABSENCE = "ABSENCE";

    private Reasons() {
    }
}
