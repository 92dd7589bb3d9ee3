package fr.creneau.booking.onetimecode.command;

/** What a code check found: the code was right, wrong (with the tries left), expired, or none was pending. */
public record CodeCheck(Result result, int triesLeft) {

    public enum Result {
        RIGHT,
        WRONG,
        EXPIRED,
        NONE_PENDING
    }

    static final CodeCheck RIGHT = new CodeCheck(Result.RIGHT, 0);
    static final CodeCheck NONE_PENDING = new CodeCheck(Result.NONE_PENDING, 0);
}
