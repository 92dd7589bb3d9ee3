package fr.creneau.planning.commune.web;

import fr.creneau.identity.Role;
import fr.creneau.planning.commune.command.ChangeSubscription;
import fr.creneau.planning.commune.command.ResumeCommune;
import fr.creneau.planning.commune.command.SuspendCommune;
import fr.creneau.planning.commune.view.CommuneView;
import fr.creneau.planning.counter.view.CountersInService;
import fr.creneau.planning.shared.web.CommuneScope;
import fr.creneau.planning.view.PlanningViews;
import fr.creneau.platform.identity.AgentRoles;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The platform operator's view of the communes, and their subscriptions. The path names the commune
 * {@code {commune}}, not {@code {communeId}}: the platform administrator belongs to no commune, and the agent guard
 * would refuse it one.
 */
@RestController
@RequestMapping("/api/planning/operator/communes")
class OperatorController {

    private final CommandGateway commands;
    private final CommuneScope scope;
    private final PlanningViews views;
    private final CountersInService counters;

    OperatorController(CommandGateway commands, CommuneScope scope, PlanningViews views, CountersInService counters) {
        this.commands = commands;
        this.scope = scope;
        this.views = views;
        this.counters = counters;
    }

    @AgentRoles(Role.PLATFORM_ADMIN)
    @GetMapping
    List<OperatedCommune> list() {
        return views.listAll(CommuneView.KIND, CommuneView.class).stream()
                .map(commune -> OperatedCommune.of(commune, counters.count(commune.communeId()))).toList();
    }

    @AgentRoles(Role.PLATFORM_ADMIN)
    @GetMapping("/{commune}")
    OperatedCommune describe(@PathVariable String commune) {
        return OperatedCommune.of(scope.commune(commune), counters.count(commune));
    }

    /** Lowering the plannings below those in service deletes nothing; no counter opens until some are archived. */
    @AgentRoles(Role.PLATFORM_ADMIN)
    @PutMapping("/{commune}/subscription")
    OperatedCommune changeSubscription(@PathVariable String commune, @RequestBody SubscriptionRequest request) {
        scope.commune(commune);
        commands.sendAndWait(new ChangeSubscription(commune, request.subscription()));
        return describe(commune);
    }

    /**
     * Suspends the commune: its citizens can no longer book and its agents can no longer change its planning; they
     * still read it, and the appointments booked stay, with their notices.
     */
    @AgentRoles(Role.PLATFORM_ADMIN)
    @PostMapping("/{commune}/suspension")
    OperatedCommune suspend(@PathVariable String commune, @RequestBody SuspensionRequest request) {
        scope.commune(commune);
        commands.sendAndWait(new SuspendCommune(commune, request.reason()));
        return describe(commune);
    }

    @AgentRoles(Role.PLATFORM_ADMIN)
    @DeleteMapping("/{commune}/suspension")
    OperatedCommune resume(@PathVariable String commune) {
        scope.commune(commune);
        commands.sendAndWait(new ResumeCommune(commune));
        return describe(commune);
    }
}
