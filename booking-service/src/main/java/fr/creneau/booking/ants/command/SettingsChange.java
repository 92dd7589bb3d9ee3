package fr.creneau.booking.ants.command;

import fr.creneau.booking.ants.domain.AntsSettings;
import fr.creneau.booking.ants.domain.Reason;
import fr.creneau.booking.ants.domain.TypeChoice;
import fr.creneau.booking.ants.view.SettingsView;
import fr.creneau.booking.catalog.domain.AppointmentType;
import fr.creneau.booking.catalog.view.Catalog;
import fr.creneau.platform.problem.InvalidRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;

/** Saves a commune's ANTS settings once each reason names a type of the commune (and one of its options). */
@Service
public class SettingsChange {

    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final Clock clock;
    private final SettingsView view;

    SettingsChange(JdbcClient jdbc, Catalog catalog, Clock clock, SettingsView view) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.clock = clock;
        this.view = view;
    }

    @Transactional
    public void save(AntsSettings settings) {
        settings.reasons().forEach((reason, choice) -> assertTypeOf(settings.communeId(), reason, choice));
        if (settings.enabled() && settings.reasons().isEmpty()) {
            throw new InvalidRequestException("Associez au moins un motif (CNI, PASSPORT ou CNI-PASSPORT) à un type "
                    + "de rendez-vous pour vous raccorder à l'ANTS.");
        }
        jdbc.sql("""
                        INSERT INTO ants_setting (commune_id, enabled, when_declared_elsewhere, when_unanswered, updated_at)
                        VALUES (:id, :enabled, :elsewhere, :unanswered, :at)
                        ON CONFLICT (commune_id) DO UPDATE SET enabled = :enabled, when_declared_elsewhere = :elsewhere,
                            when_unanswered = :unanswered, updated_at = :at""")
                .param("id", settings.communeId()).param("enabled", settings.enabled())
                .param("elsewhere", settings.whenDeclaredElsewhere().name())
                .param("unanswered", settings.whenUnanswered().name())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        jdbc.sql("DELETE FROM ants_reason WHERE commune_id = :id").param("id", settings.communeId()).update();
        for (Map.Entry<Reason, TypeChoice> entry : settings.reasons().entrySet()) {
            jdbc.sql("""
                            INSERT INTO ants_reason (commune_id, reason, appointment_type_id, option_id)
                            VALUES (:id, :reason, :typeId, :optionId)""")
                    .param("id", settings.communeId()).param("reason", entry.getKey().name())
                    .param("typeId", entry.getValue().appointmentTypeId()).param("optionId", entry.getValue().optionId())
                    .update();
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                view.forget(settings.communeId());
            }
        });
    }

    private void assertTypeOf(String communeId, Reason reason, TypeChoice choice) {
        AppointmentType type = catalog.appointmentType(choice.appointmentTypeId())
                .filter(found -> found.communeId().equals(communeId))
                .orElseThrow(() -> new InvalidRequestException(("Motif %s : le type de rendez-vous « %s » est inconnu "
                        + "dans cette commune.").formatted(reason.wire(), choice.appointmentTypeId())));
        if (choice.optionId() != null
                && type.options().stream().noneMatch(option -> option.optionId().equals(choice.optionId()))) {
            throw new InvalidRequestException("Motif %s : l'option « %s » n'existe pas pour « %s »."
                    .formatted(reason.wire(), choice.optionId(), type.label()));
        }
        if (choice.optionId() == null && !type.options().isEmpty()) {
            throw new InvalidRequestException("Motif %s : choisissez une option de « %s »."
                    .formatted(reason.wire(), type.label()));
        }
    }
}
