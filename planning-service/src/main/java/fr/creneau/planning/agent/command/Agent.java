package fr.creneau.planning.agent.command;

import fr.creneau.planning.agent.domain.AgentAbsenceCancelled;
import fr.creneau.planning.agent.domain.AgentAbsenceDeclared;
import fr.creneau.planning.agent.domain.AgentAvailabilitySet;
import fr.creneau.planning.agent.domain.AgentAvailabilityWithdrawn;
import fr.creneau.planning.shared.domain.DateSpan;
import fr.creneau.planning.agent.domain.AgentCreated;
import fr.creneau.planning.agent.domain.AgentDetails;
import fr.creneau.planning.agent.domain.AgentUpdated;
import fr.creneau.planning.capacity.domain.Absence;
import fr.creneau.planning.shared.domain.CommuneOwnership;
import fr.creneau.planning.shared.domain.UnknownInCommune;
import fr.creneau.platform.axon.AxonPostgresAutoConfiguration;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

@Aggregate(cache = AxonPostgresAutoConfiguration.AGGREGATE_CACHE)
class Agent {

    private static final long LONGEST_ABSENCE_DAYS = 366;

    @AggregateIdentifier
    private String agentId;
    private String communeId;
    private AgentDetails details;
    private final Map<String, Absence> absences = new HashMap<>();
    private final Map<String, DateSpan> availabilities = new HashMap<>();

    Agent() {
    }

    @CommandHandler
    Agent(CreateAgent command) {
        apply(new AgentCreated(command.agentId(), command.communeId(), command.details()));
    }

    @CommandHandler
    void handle(UpdateAgent command) {
        assertInCommune(command.communeId());
        apply(new AgentUpdated(agentId, communeId, command.details(), details.counterIds()));
    }

    @CommandHandler
    void handle(SetAgentAvailability command) {
        assertInCommune(command.communeId());
        apply(new AgentAvailabilitySet(agentId, communeId, command.availability()));
    }

    @CommandHandler
    void handle(WithdrawAvailability command) {
        assertInCommune(command.communeId());
        DateSpan span = availabilities.get(command.availabilityId());
        if (span == null) {
            throw new UnknownInCommune("La disponibilité « %s » n'existe pas pour cet agent.".formatted(
                    command.availabilityId()));
        }
        apply(new AgentAvailabilityWithdrawn(agentId, communeId, command.availabilityId(), span));
    }

    @CommandHandler
    void handle(DeclareAbsence command) {
        assertInCommune(command.communeId());
        assertReasonableLength(command.absence());
        apply(new AgentAbsenceDeclared(agentId, communeId, command.absenceId(), command.absence(), command.reason()));
    }

    @CommandHandler
    void handle(CancelAbsence command) {
        assertInCommune(command.communeId());
        Absence absence = absences.get(command.absenceId());
        if (absence == null) {
            throw new UnknownInCommune("L'absence « %s » n'existe pas pour cet agent.".formatted(command.absenceId()));
        }
        apply(new AgentAbsenceCancelled(agentId, communeId, command.absenceId(), absence));
    }

    @EventSourcingHandler
    void on(AgentCreated event) {
        agentId = event.agentId();
        communeId = event.communeId();
        details = event.details();
    }

    @EventSourcingHandler
    void on(AgentUpdated event) {
        details = event.details();
    }

    @EventSourcingHandler
    void on(AgentAvailabilitySet event) {
        if (event.availability().availabilityId() != null) {
            availabilities.put(event.availability().availabilityId(), event.availability().span());
        }
    }

    @EventSourcingHandler
    void on(AgentAvailabilityWithdrawn event) {
        availabilities.remove(event.availabilityId());
    }

    @EventSourcingHandler
    void on(AgentAbsenceDeclared event) {
        absences.put(event.absenceId(), event.absence());
    }

    @EventSourcingHandler
    void on(AgentAbsenceCancelled event) {
        absences.remove(event.absenceId());
    }

    private void assertInCommune(String requested) {
        CommuneOwnership.assertSame(communeId, requested, "Cet agent");
    }

    private static void assertReasonableLength(Absence absence) {
        if (ChronoUnit.DAYS.between(absence.start(), absence.end()) > LONGEST_ABSENCE_DAYS) {
            throw new IllegalArgumentException("Une absence dure au plus un an ; déclarez-en plusieurs.");
        }
    }
}
