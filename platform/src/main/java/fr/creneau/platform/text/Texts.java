package fr.creneau.platform.text;

/** What a service does with an optional text a client sent. */
public final class Texts {

    private Texts() {
    }

    /** Null for a missing or blank text (an optional field left empty in a form), else the text without its margins. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
