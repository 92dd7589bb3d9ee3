package fr.creneau.booking.voice.web;

import fr.creneau.booking.voice.domain.CallState;
import fr.creneau.booking.voice.domain.VoiceLine;

import java.util.Locale;
import java.util.Set;

/**
 * One webhook of a call: the commune's line that was called, the caller's number as Twilio gives it (may be
 * hidden), the keys typed (null: silence) and what was chosen before.
 */
record Call(VoiceLine line, String communeName, String caller, String digits, CallState state) {

    /** What Twilio puts in {@code From} when the caller's number is withheld, restricted, blocked or unknown. */
    private static final Set<String> HIDDEN = Set.of("anonymous", "restricted", "unknown", "blocked", "+266696687",
            "+7378742833", "+86282452253", "+2562533");

    String communeId() {
        return line.communeId();
    }

    boolean silent() {
        return digits == null || digits.isBlank();
    }

    /** The keys as a number, or -1 when they are not one. */
    int key() {
        return silent() || !digits.matches("[0-9]{1,2}") ? -1 : Integer.parseInt(digits);
    }

    /** The caller's number is withheld: every such caller shows the same placeholder, or none. */
    boolean callerHidden() {
        return caller == null || caller.isBlank() || HIDDEN.contains(caller.trim().toLowerCase(Locale.ROOT));
    }

    Call with(CallState newState) {
        return new Call(line, communeName, caller, digits, newState);
    }

    /** The caller's number in the national form (0612345678) when it is a French mobile, else null. */
    String callerMobile() {
        return MobileNumbers.national(caller);
    }
}
