package fr.creneau.booking.voice.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a call has chosen so far, carried from one webhook to the next in the query of the URL the TwiML gives
 * Twilio: any instance can answer the next step, and Twilio's signature covers the query, so a caller cannot change
 * it. Only ids, digits and the slots just read out; values outside {@code [A-Za-z0-9._-]} are dropped, so the query
 * is the same once encoded, decoded and forwarded.
 *
 * @param ants the ANTS pre-application numbers given, where the type asks for them
 * @param page the slots read out so far, three by three
 * @param offered the slots just read out, in the order of their keys
 * @param misses answers not understood in a row at the current question
 */
public record CallState(String typeId, String optionId, int persons, AntsEntry ants, int page,
                        List<OfferedSlot> offered, String counterId, Instant start, String mobile, String appointmentId,
                        int misses) {

    public static final CallState NEW = new CallState(null, null, 1, AntsEntry.NONE, 0, List.of(), null, null, null,
            null, 0);
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,300}");

    /** A slot read out: its counter and start. */
    public record OfferedSlot(String counterId, Instant start) {

        String text() {
            return counterId + "." + start.getEpochSecond();
        }

        static OfferedSlot parse(String text) {
            int dot = text.lastIndexOf('.');
            return new OfferedSlot(text.substring(0, dot), Instant.ofEpochSecond(Long.parseLong(text.substring(dot + 1))));
        }
    }

    public CallState {
        ants = ants == null ? AntsEntry.NONE : ants;
        offered = offered == null ? List.of() : List.copyOf(offered);
    }

    public static CallState of(Map<String, String> query) {
        Map<String, String> safe = query.entrySet().stream().filter(e -> e.getValue() != null
                && SAFE.matcher(e.getValue()).matches()).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        try {
            return new CallState(safe.get("motif"), safe.get("option"), number(safe.get("personnes"), 1),
                    AntsEntry.of(safe), number(safe.get("page"), 0), offered(safe.get("offre")), safe.get("guichet"),
                    safe.get("debut") == null ? null : Instant.ofEpochSecond(Long.parseLong(safe.get("debut"))),
                    safe.get("mobile"), safe.get("rdv"), number(safe.get("essais"), 0));
        } catch (RuntimeException e) {
            return NEW;
        }
    }

    public CallState withType(String newTypeId) {
        return new CallState(newTypeId, null, 1, AntsEntry.NONE, 0, List.of(), null, null, null, null, 0);
    }

    public CallState withOption(String newOptionId) {
        return new CallState(typeId, newOptionId, 1, AntsEntry.NONE, 0, List.of(), null, null, null, null, 0);
    }

    public CallState withPersons(int newPersons) {
        return new CallState(typeId, optionId, newPersons, AntsEntry.NONE, 0, List.of(), null, null, null, null, 0);
    }

    /** The numbers given so far; the misses in a row are kept, since a number refused is asked again. */
    public CallState withAnts(AntsEntry newAnts) {
        return new CallState(typeId, optionId, persons, newAnts, 0, List.of(), null, null, null, null, misses);
    }

    public CallState offering(int newPage, List<OfferedSlot> slots) {
        return new CallState(typeId, optionId, persons, ants, newPage, slots, null, null, null, null, misses);
    }

    public CallState withSlot(OfferedSlot slot) {
        return new CallState(typeId, optionId, persons, ants, page, List.of(), slot.counterId(), slot.start(), null,
                null, 0);
    }

    public CallState withMobile(String newMobile) {
        return new CallState(typeId, optionId, persons, ants, page, List.of(), counterId, start, newMobile, null, 0);
    }

    public CallState withAppointment(String newAppointmentId) {
        return new CallState(typeId, optionId, persons, ants, page, List.of(), counterId, start, mobile,
                newAppointmentId, 0);
    }

    public CallState missed() {
        return new CallState(typeId, optionId, persons, ants, page, offered, counterId, start, mobile, appointmentId,
                misses + 1);
    }

    public CallState understood() {
        return new CallState(typeId, optionId, persons, ants, page, offered, counterId, start, mobile, appointmentId,
                0);
    }

    /** The state as a URL query, starting with {@code ?} (empty for a new call). */
    public String query() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("motif", typeId);
        values.put("option", optionId);
        values.put("personnes", persons == 1 ? null : Integer.toString(persons));
        ants.into(values);
        values.put("page", page == 0 ? null : Integer.toString(page));
        values.put("offre", offered.isEmpty() ? null
                : offered.stream().map(OfferedSlot::text).collect(Collectors.joining("_")));
        values.put("guichet", counterId);
        values.put("debut", start == null ? null : Long.toString(start.getEpochSecond()));
        values.put("mobile", mobile);
        values.put("rdv", appointmentId);
        values.put("essais", misses == 0 ? null : Integer.toString(misses));
        String query = values.entrySet().stream().filter(e -> e.getValue() != null && SAFE.matcher(e.getValue()).matches())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }

    private static List<OfferedSlot> offered(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("_")).map(OfferedSlot::parse).toList();
    }

    private static int number(String text, int otherwise) {
        return text == null ? otherwise : Integer.parseInt(text);
    }
}
