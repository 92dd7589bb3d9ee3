package fr.creneau.booking.waitinglist.domain;

/** An answer to an offer that cannot be taken: there is none for this appointment, or it has expired. */
public class OfferRefused extends RuntimeException {

    public enum Reason { NO_OFFER, EXPIRED, NOT_WAITING }

    private final Reason reason;

    public OfferRefused(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public static OfferRefused none() {
        return new OfferRefused(Reason.NO_OFFER, "Aucune proposition de créneau n'est en cours pour ce rendez-vous : "
                + "elle a peut-être déjà été acceptée ou déclinée.");
    }

    public static OfferRefused notWaiting() {
        return new OfferRefused(Reason.NOT_WAITING, "Ce rendez-vous n'est pas sur la liste d'attente.");
    }

    public static OfferRefused expired() {
        return new OfferRefused(Reason.EXPIRED, "Cette proposition de créneau a expiré : elle a été proposée à la "
                + "personne suivante. Votre rendez-vous est maintenu et vous restez sur la liste d'attente.");
    }
}
