package fr.creneau.booking.voice.command;

import fr.creneau.booking.ants.command.NumberCheck;
import fr.creneau.booking.duplicates.view.ClaimedAntsNumbers;
import fr.creneau.platform.problem.ConflictException;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * An ANTS number typed on the keypad, checked as soon as the caller confirms it, with the web's checks: not in
 * another active appointment (the claim's unique key still decides at booking time), and what the ANTS says of it
 * where the commune is connected ({@link NumberCheck}, which asks again before the booking is confirmed).
 */
@Service
public class PhoneAntsNumbers {

    private final ClaimedAntsNumbers claims;
    private final NumberCheck ants;

    PhoneAntsNumbers(ClaimedAntsNumbers claims, NumberCheck ants) {
        this.claims = claims;
        this.ants = ants;
    }

    /** Refuses the number (an exception in French), or returns what the caller should hear about it. */
    public List<String> check(String communeId, String number) {
        if (claims.claimed(number)) {
            throw new ConflictException("Ce numéro de pré-demande figure déjà dans un autre rendez-vous en cours. "
                    + "Il faut d'abord annuler ce rendez-vous-là.");
        }
        return ants.check(communeId, List.of(number));
    }
}
