package fr.creneau.booking.ants.command;

import fr.creneau.booking.ants.domain.DeclaredAppointment;
import fr.creneau.booking.ants.domain.Fallback;
import fr.creneau.booking.ants.domain.NumberStatus;
import fr.creneau.platform.problem.ConflictException;
import fr.creneau.platform.problem.InvalidRequestException;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** What one number's status means for a booking: refused (an exception in French), accepted with a notice, or fine. */
final class NumberVerdicts {

    private NumberVerdicts() {
    }

    static Optional<String> judge(NumberStatus status, Fallback whenDeclaredElsewhere) {
        String number = status.number();
        switch (status.status()) {
            case CONSUMED -> throw new ConflictException(("Le numéro de pré-demande %s a déjà servi : le dossier a été "
                    + "déposé en mairie. Il ne permet plus de prendre rendez-vous.").formatted(number),
                    Map.of("antsNumber", number, "antsStatus", "consumed"));
            case EXPIRED -> throw new ConflictException(("Le numéro de pré-demande %s a expiré. Faites une nouvelle "
                    + "pré-demande sur le site de l'ANTS (ants.gouv.fr).").formatted(number),
                    Map.of("antsNumber", number, "antsStatus", "expired"));
            case UNKNOWN -> throw new InvalidRequestException(("Le numéro de pré-demande %s est inconnu de l'ANTS. "
                    + "Vérifiez-le sur votre récapitulatif de pré-demande.").formatted(number));
            default -> {
                // validated or declared: only its appointments elsewhere matter
            }
        }
        if (status.appointments().isEmpty()) {
            return Optional.empty();
        }
        String elsewhere = status.appointments().stream().map(NumberVerdicts::describe)
                .collect(Collectors.joining(" ; "));
        if (whenDeclaredElsewhere == Fallback.REFUSE) {
            throw new ConflictException(("Le numéro de pré-demande %s a déjà un rendez-vous (%s). Annulez-le avant "
                    + "d'en prendre un ici.").formatted(number, elsewhere),
                    Map.of("antsNumber", number, "antsStatus", "declared"));
        }
        return Optional.of(("Le numéro de pré-demande %s a déjà un rendez-vous (%s). Pensez à annuler celui que vous "
                + "ne garderez pas.").formatted(number, elsewhere));
    }

    private static String describe(DeclaredAppointment appointment) {
        String date = appointment.appointmentDate().replace('T', ' ');
        String when = date.length() >= 16 ? "le %s à %s".formatted(date.substring(0, 10), date.substring(11, 16)) : date;
        return appointment.meetingPoint().isBlank() ? when : appointment.meetingPoint() + ", " + when;
    }
}
