package fr.creneau.planning.counter.web;

import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.Role;
import fr.creneau.planning.capacity.domain.CapacityOverride;
import fr.creneau.planning.capacity.domain.ScheduleApplication;
import fr.creneau.planning.counter.command.AddCounterException;
import fr.creneau.planning.counter.command.ApplyReferenceWeek;
import fr.creneau.planning.counter.command.RemoveCounterException;
import fr.creneau.planning.counter.command.WithdrawSchedule;
import fr.creneau.planning.counter.view.CounterException;
import fr.creneau.planning.counter.view.CounterView;
import fr.creneau.planning.referenceweek.view.ReferenceWeekView;
import fr.creneau.planning.shared.domain.DateSpan;
import fr.creneau.planning.shared.domain.WeeklyHoursNotation;
import fr.creneau.planning.shared.scope.ManagedServices;
import fr.creneau.planning.shared.web.CommuneScope;
import fr.creneau.platform.identity.AgentRoles;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Opening a counter: a reference week over a period, and one-off exceptions. */
@RestController
@RequestMapping("/api/planning/communes/{communeId}/counters/{counterId}")
class CounterScheduleController {

    private final CommandGateway commands;
    private final CommuneScope scope;

    CounterScheduleController(CommandGateway commands, CommuneScope scope) {
        this.commands = commands;
        this.scope = scope;
    }

    @AgentRoles({Role.COMMUNE_ADMIN, Role.SERVICE_MANAGER})
    @PostMapping("/schedules")
    @ResponseStatus(HttpStatus.CREATED)
    ScheduleResponse apply(@PathVariable String communeId, @PathVariable String counterId,
            @RequestBody ScheduleRequest request, AgentIdentity caller) {
        managed(communeId, counterId, caller);
        ReferenceWeekView week = scope.find(communeId, ReferenceWeekView.KIND, request.referenceWeekId(),
                ReferenceWeekView.class, "La semaine de référence");
        int agents = request.agents() == null ? 1 : request.agents();
        String applicationId = UUID.randomUUID().toString();
        ScheduleApplication schedule = new ScheduleApplication(week.hours(), new DateSpan(request.from(), request.to()),
                agents, week.referenceWeekId(), applicationId);
        commands.sendAndWait(new ApplyReferenceWeek(counterId, communeId, week.referenceWeekId(), schedule));
        return new ScheduleResponse(applicationId, counterId, week.referenceWeekId(), request.from(), request.to(), agents);
    }

    /** Withdraws one application: the dates it covered go back to the earlier applications, or close. */
    @AgentRoles({Role.COMMUNE_ADMIN, Role.SERVICE_MANAGER})
    @DeleteMapping("/schedules/{applicationId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(@PathVariable String communeId, @PathVariable String counterId, @PathVariable String applicationId,
            AgentIdentity caller) {
        managed(communeId, counterId, caller);
        commands.sendAndWait(new WithdrawSchedule(counterId, communeId, applicationId));
    }

    @AgentRoles({Role.COMMUNE_ADMIN, Role.SERVICE_MANAGER})
    @PostMapping("/exceptions")
    @ResponseStatus(HttpStatus.CREATED)
    CounterException addException(@PathVariable String communeId, @PathVariable String counterId,
            @RequestBody ExceptionRequest request, AgentIdentity caller) {
        managed(communeId, counterId, caller);
        CapacityOverride override = new CapacityOverride(request.date(),
                request.range() == null || request.range().isBlank() ? null : WeeklyHoursNotation.parseRange(request.range()),
                request.agents() == null ? 0 : request.agents());
        String exceptionId = UUID.randomUUID().toString();
        commands.sendAndWait(new AddCounterException(counterId, communeId, exceptionId, override, request.label()));
        return new CounterException(exceptionId, override, request.label());
    }

    @AgentRoles({Role.COMMUNE_ADMIN, Role.SERVICE_MANAGER})
    @DeleteMapping("/exceptions/{exceptionId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeException(@PathVariable String communeId, @PathVariable String counterId,
            @PathVariable String exceptionId, AgentIdentity caller) {
        managed(communeId, counterId, caller);
        commands.sendAndWait(new RemoveCounterException(counterId, communeId, exceptionId));
    }

    private CounterView managed(String communeId, String counterId, AgentIdentity caller) {
        CounterView counter = scope.find(communeId, CounterView.KIND, counterId, CounterView.class, "Le guichet");
        ManagedServices.assertManages(caller, counter.serviceIds(), "Le guichet « %s »".formatted(counter.name()));
        return counter;
    }
}
