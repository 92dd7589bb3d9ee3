package fr.creneau.booking.voice.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The ANTS pre-application numbers a caller gave so far, one per person, the one just typed and waiting for the
 * caller's "1" once read back, or the caller's choice to book without them and add them later through the link sent
 * by SMS.
 */
public record AntsEntry(List<String> numbers, String typed, boolean later) {

    public static final AntsEntry NONE = new AntsEntry(List.of(), null, false);

    public AntsEntry {
        numbers = numbers == null ? List.of() : List.copyOf(numbers);
    }

    public static AntsEntry addedLater() {
        return new AntsEntry(List.of(), null, true);
    }

    public AntsEntry typing(String number) {
        return new AntsEntry(numbers, number, false);
    }

    /** The number just read back, kept for the next person. */
    public AntsEntry kept() {
        List<String> more = new ArrayList<>(numbers);
        more.add(typed);
        return new AntsEntry(more, null, false);
    }

    public AntsEntry retyping() {
        return new AntsEntry(numbers, null, false);
    }

    /** One number per person given, or the caller chose to give them later. */
    public boolean complete(int persons) {
        return later || numbers.size() >= persons;
    }

    static AntsEntry of(Map<String, String> query) {
        String given = query.get("ants");
        return new AntsEntry(given == null ? List.of() : Arrays.asList(given.split("-")), query.get("saisi"),
                "sms".equals(query.get("antsplustard")));
    }

    void into(Map<String, String> query) {
        query.put("ants", numbers.isEmpty() ? null : String.join("-", numbers));
        query.put("saisi", typed);
        query.put("antsplustard", later ? "sms" : null);
    }
}
