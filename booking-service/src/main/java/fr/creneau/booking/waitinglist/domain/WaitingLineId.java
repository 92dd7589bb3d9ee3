package fr.creneau.booking.waitinglist.domain;

/** One line per place and type: the aggregate's id, apart from the counter-days' ids in the shared event store. */
public final class WaitingLineId {

    private static final String PREFIX = "waiting-line/";

    private WaitingLineId() {
    }

    public static String of(String placeId, String appointmentTypeId) {
        return PREFIX + placeId + "/" + appointmentTypeId;
    }

    /** The type of a line of this place. */
    public static String typeOf(String lineId, String placeId) {
        String prefix = of(placeId, "");
        if (!lineId.startsWith(prefix)) {
            throw new IllegalArgumentException("not a line of place " + placeId + ": " + lineId);
        }
        return lineId.substring(prefix.length());
    }
}
