package fr.creneau.planning.commune.command;

import fr.creneau.planning.capacity.domain.HolidayPolicy;
import fr.creneau.planning.commune.domain.CommuneCreated;
import fr.creneau.planning.commune.domain.CommuneResumed;
import fr.creneau.planning.commune.domain.CommuneSuspended;
import fr.creneau.planning.commune.domain.CommuneSettingsChanged;
import fr.creneau.planning.commune.domain.CommuneSlug;
import fr.creneau.planning.commune.domain.HolidayPolicyChanged;
import fr.creneau.planning.commune.domain.Subscription;
import fr.creneau.planning.commune.domain.SubscriptionChanged;
import fr.creneau.platform.axon.AxonPostgresAutoConfiguration;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.DateTimeException;
import java.time.ZoneId;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

@Aggregate(cache = AxonPostgresAutoConfiguration.AGGREGATE_CACHE)
class Commune {

    @AggregateIdentifier
    private String communeId;
    private HolidayPolicy holidays;
    private Subscription subscription;
    private boolean suspended;

    Commune() {
    }

    @CommandHandler
    Commune(CreateCommune command) {
        CommuneSlug.check(command.communeId());
        assertNamed(command.name());
        assertKnownTimeZone(command.timeZone());
        apply(new CommuneCreated(command.communeId(), command.name().trim(), command.timeZone()));
        if (command.subscription() != null) {
            apply(new SubscriptionChanged(command.communeId(), command.subscription()));
        }
    }

    @CommandHandler
    void handle(ChangeCommuneSettings command) {
        assertNamed(command.name());
        if (command.retentionMonths() < 1 || command.retentionMonths() > 120) {
            throw new IllegalArgumentException("La durée de conservation doit être comprise entre 1 et 120 mois.");
        }
        apply(new CommuneSettingsChanged(communeId, command.name().trim(), command.retentionMonths()));
    }

    @CommandHandler
    void handle(ChangeHolidayPolicy command) {
        var changed = holidays.differencesWith(command.policy());
        if (!changed.isEmpty()) {
            apply(new HolidayPolicyChanged(communeId, command.policy(), changed));
        }
    }

    /** Lowering the plannings deletes nothing: counters past the new number stay, and no new one opens. */
    @CommandHandler
    void handle(ChangeSubscription command) {
        if (!command.subscription().equals(subscription)) {
            apply(new SubscriptionChanged(communeId, command.subscription()));
        }
    }

    /** Suspending a suspended commune changes nothing (its first reason stays). */
    @CommandHandler
    void handle(SuspendCommune command) {
        String reason = command.reason() == null ? "" : command.reason().trim();
        if (reason.length() > 300) {
            throw new IllegalArgumentException("Le motif de la suspension fait 300 caractères au plus.");
        }
        if (!suspended) {
            apply(new CommuneSuspended(communeId, reason));
        }
    }

    @CommandHandler
    void handle(ResumeCommune command) {
        if (suspended) {
            apply(new CommuneResumed(communeId));
        }
    }

    @EventSourcingHandler
    void on(CommuneSuspended event) {
        suspended = true;
    }

    @EventSourcingHandler
    void on(CommuneResumed event) {
        suspended = false;
    }

    @EventSourcingHandler
    void on(SubscriptionChanged event) {
        subscription = event.subscription();
    }

    @EventSourcingHandler
    void on(CommuneCreated event) {
        communeId = event.communeId();
        holidays = HolidayPolicy.DEFAULT;
    }

    @EventSourcingHandler
    void on(HolidayPolicyChanged event) {
        holidays = event.policy();
    }

    private static void assertNamed(String name) {
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new IllegalArgumentException("Le nom de la commune est obligatoire (120 caractères au plus).");
        }
    }

    private static void assertKnownTimeZone(String timeZone) {
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException | NullPointerException e) {
            throw new IllegalArgumentException("Le fuseau horaire « %s » est inconnu (par exemple Europe/Paris)."
                    .formatted(timeZone));
        }
    }
}
