package fr.creneau.booking.ants.command;

import fr.creneau.booking.ants.adapter.AntsAnswer;
import fr.creneau.booking.ants.adapter.AntsProperties;
import fr.creneau.booking.ants.adapter.CoordinationClient;
import fr.creneau.booking.ants.adapter.StatusReading;
import fr.creneau.booking.ants.domain.AntsSettings;
import fr.creneau.booking.ants.domain.Fallback;
import fr.creneau.booking.ants.domain.NumberStatus;
import fr.creneau.booking.ants.view.FollowedNumbers;
import fr.creneau.booking.ants.view.SettingsView;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Asks the ANTS where pre-application numbers stand, whichever way they were entered (web, desk, import, phone),
 * for a commune connected to it. A number that cannot be used is refused; what the citizen should know is
 * returned. Without an answer (timeout, error, breaker open) the commune's choice applies.
 */
@Service
public class NumberCheck {

    private final CoordinationClient client;
    private final AntsBreaker breaker;
    private final CallJournal journal;
    private final SettingsView settings;
    private final AntsProperties properties;
    private final FollowedNumbers followed;

    NumberCheck(CoordinationClient client, AntsBreaker breaker, CallJournal journal, SettingsView settings,
            AntsProperties properties, FollowedNumbers followed) {
        this.client = client;
        this.breaker = breaker;
        this.journal = journal;
        this.settings = settings;
        this.properties = properties;
        this.followed = followed;
    }

    /**
     * Asks again, just before a hold is confirmed, for the numbers it was taken with: one may have been consumed, or
     * booked elsewhere, since the citizen entered it. The same refusals and the same outage choice apply.
     */
    public void recheck(String communeId, String appointmentId) {
        if (properties.coordinationConfigured()) {
            check(communeId, followed.of(appointmentId));
        }
    }

    /** Refuses what cannot be booked; returns the notices to show the citizen (none for a plain valid number). */
    public List<String> check(String communeId, List<String> numbers) {
        if (numbers.isEmpty() || !properties.coordinationConfigured()) {
            return List.of();   // most reservations: no settings read at all on the reservation's path
        }
        AntsSettings commune = settings.of(communeId);
        if (!commune.enabled()) {
            return List.of();
        }
        AntsAnswer answer = breaker.call(() -> client.status(numbers));
        Optional<List<NumberStatus>> statuses = answer.answered()
                ? StatusReading.read(answer.body(), numbers) : Optional.empty();
        journal.record(communeId, "status", numbers, statuses.isPresent() || !answer.answered() ? answer
                : new AntsAnswer(AntsAnswer.Outcome.FAILED, answer.httpStatus(), "réponse illisible : " + answer.body(),
                        answer.durationMillis()));
        if (statuses.isEmpty()) {
            return unanswered(commune);
        }
        List<String> notices = new ArrayList<>();
        for (NumberStatus status : statuses.get()) {
            NumberVerdicts.judge(status, commune.whenDeclaredElsewhere()).ifPresent(notices::add);
        }
        return notices;
    }

    private static List<String> unanswered(AntsSettings commune) {
        if (commune.whenUnanswered() == Fallback.REFUSE) {
            throw new AntsUnavailable("Le service de l'ANTS ne répond pas : votre numéro de pré-demande ne peut pas "
                    + "être vérifié pour le moment. Réessayez dans quelques minutes.");
        }
        return List.of("Votre numéro de pré-demande n'a pas pu être vérifié auprès de l'ANTS pour le moment ; "
                + "la mairie le vérifiera avant votre rendez-vous.");
    }
}
