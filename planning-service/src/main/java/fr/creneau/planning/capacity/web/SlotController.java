package fr.creneau.planning.capacity.web;

import fr.creneau.planning.appointmenttype.view.AppointmentTypeView;
import fr.creneau.planning.capacity.domain.BookingWindow;
import fr.creneau.planning.capacity.domain.CapacityCalculator;
import fr.creneau.planning.capacity.domain.Slot;
import fr.creneau.planning.capacity.domain.SlotCutter;
import fr.creneau.planning.capacity.plan.CommunePlanning;
import fr.creneau.planning.capacity.plan.CommunePlannings;
import fr.creneau.planning.counter.view.CounterView;
import fr.creneau.planning.shared.domain.BookingHorizon;
import fr.creneau.planning.shared.domain.DateSpan;
import fr.creneau.planning.shared.domain.MinimumNotice;
import fr.creneau.planning.shared.web.CommuneScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * A preview of the slots of one type at one counter, for the back-office agenda (booking-service cuts its own from
 * planning.events); {@code bookableNow} keeps those within the type's minimum notice and horizon.
 */
@RestController
class SlotController {

    private final CommuneScope scope;
    private final CommunePlannings plannings;
    private final Clock clock;

    SlotController(CommuneScope scope, CommunePlannings plannings, Clock clock) {
        this.scope = scope;
        this.plannings = plannings;
        this.clock = clock;
    }

    @GetMapping("/api/planning/communes/{communeId}/counters/{counterId}/slots")
    List<Slot> slots(@PathVariable String communeId, @PathVariable String counterId,
            @RequestParam String appointmentTypeId, @RequestParam LocalDate from, @RequestParam LocalDate to,
            @RequestParam(defaultValue = "false") boolean bookableNow) {
        CounterView counter = scope.find(communeId, CounterView.KIND, counterId, CounterView.class, "Le guichet");
        AppointmentTypeView type = scope.find(communeId, AppointmentTypeView.KIND, appointmentTypeId,
                AppointmentTypeView.class, "Le type de rendez-vous");
        CommunePlanning planning = plannings.of(communeId);
        var windows = CapacityCalculator.compute(planning.planOf(counter), new DateSpan(from, to));
        List<Slot> slots = SlotCutter.cut(windows, Duration.ofMinutes(type.settings().durationMinutes()));
        if (!bookableNow) {
            return slots;
        }
        BookingWindow window = BookingWindow.of(clock.instant(), planning.commune().zone(),
                BookingHorizon.parse(type.settings().bookingHorizon()), MinimumNotice.parse(type.settings().minimumNotice()));
        return slots.stream().filter(window::admits).toList();
    }
}
