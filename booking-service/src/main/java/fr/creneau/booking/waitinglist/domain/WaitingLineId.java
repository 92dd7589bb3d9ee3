package fr.creneau.booking.waitinglist.domain;

/** One line per place and type: the aggregate's id, apart from the counter-days' ids in the shared event store. */
public final class WaitingLineId {

    private WaitingLineId() {
    }

    public static String of(String placeId, String appointmentTypeId) {
        return "waiting-line/" + placeId + "/" + appointmentTypeId;
    }
}
