package fr.creneau.booking.duplicates.view;

import fr.creneau.platform.problem.ConflictException;
import org.springframework.dao.DuplicateKeyException;

import java.util.Optional;

/** Recognises, in a failed command, the claim that refused a duplicate, and says so in French. */
public final class DuplicateRefusal {

    private DuplicateRefusal() {
    }

    public static Optional<ConflictException> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DuplicateKeyException duplicate) {
                return Optional.of(describe(String.valueOf(duplicate.getMessage())));
            }
        }
        return Optional.empty();
    }

    private static ConflictException describe(String message) {
        if (message.contains("ants_claim")) {
            return new ConflictException("Un numéro de pré-demande ANTS indiqué figure déjà dans un autre rendez-vous "
                    + "en cours. Annulez d'abord ce rendez-vous.");
        }
        return new ConflictException("Vous avez déjà un rendez-vous en cours pour ce motif dans cette commune. "
                + "Utilisez le lien reçu pour le modifier ou l'annuler.");
    }
}
