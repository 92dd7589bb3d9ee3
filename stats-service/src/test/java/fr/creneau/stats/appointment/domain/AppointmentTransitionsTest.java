package fr.creneau.stats.appointment.domain;

import fr.creneau.booking.api.BookingEvent;
import fr.creneau.booking.api.CancelledBy;
import fr.creneau.stats.AppointmentStory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class AppointmentTransitionsTest {

    private final AppointmentStory story = AppointmentStory.in("villeneuve").at("2026-12-01T09:00:00Z");

    @Test
    void aHoldIsNeitherBookedNorConfirmed() {
        Lifecycle lifecycle = replay(story.reserved()).lifecycle();

        assertThat(lifecycle.status()).isEqualTo(AppointmentStatus.HELD);
        assertThat(lifecycle.booked()).isFalse();
        assertThat(lifecycle.confirmed()).isFalse();
    }

    @Test
    void anExpiredHoldWasNeverBooked() {
        Lifecycle lifecycle = replay(story.reserved(), story.holdExpired()).lifecycle();

        assertThat(lifecycle.status()).isEqualTo(AppointmentStatus.HOLD_EXPIRED);
        assertThat(lifecycle.booked()).isFalse();
    }

    @Test
    void aConfirmedAppointmentCancelledByTheCitizenStaysCountedAsConfirmed() {
        Lifecycle lifecycle = replay(story.reserved(), story.confirmed(), story.cancelledBy(CancelledBy.CITIZEN))
                .lifecycle();

        assertThat(lifecycle.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(lifecycle.cancelledBy()).isEqualTo(CancelledBy.CITIZEN);
        assertThat(lifecycle.booked()).isTrue();
        assertThat(lifecycle.confirmed()).isTrue();
    }

    @Test
    void anAppointmentAwaitingApprovalIsBookedButNotYetConfirmed() {
        Lifecycle lifecycle = replay(story.reserved(), story.awaitingApproval()).lifecycle();

        assertThat(lifecycle.status()).isEqualTo(AppointmentStatus.AWAITING_APPROVAL);
        assertThat(lifecycle.booked()).isTrue();
        assertThat(lifecycle.confirmed()).isFalse();
    }

    @Test
    void anApprovedAppointmentIsConfirmed() {
        Lifecycle lifecycle = replay(story.reserved(), story.awaitingApproval(), story.approved()).lifecycle();

        assertThat(lifecycle.status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(lifecycle.confirmed()).isTrue();
    }

    @Test
    void aRefusedAppointmentWasBookedButNeverConfirmed() {
        Lifecycle lifecycle = replay(story.awaitingApproval(), story.refused()).lifecycle();

        assertThat(lifecycle.status()).isEqualTo(AppointmentStatus.REFUSED);
        assertThat(lifecycle.booked()).isTrue();
        assertThat(lifecycle.confirmed()).isFalse();
    }

    @Test
    void anUnscheduledAppointmentMovedToANewSlotIsConfirmedAgainAndRemembersBoth() {
        AppointmentFact fact = replay(story.confirmed(), story.unscheduled(),
                story.rescheduledTo("2026-12-03T10:00:00Z"));

        assertThat(fact.lifecycle().status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(fact.lifecycle().unscheduled()).isTrue();
        assertThat(fact.lifecycle().rescheduled()).isTrue();
        assertThat(fact.date()).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void theDateIsTheLocalDateOfTheCommuneNotTheUtcDate() {
        AppointmentFact fact = replay(AppointmentStory.in("villeneuve").at("2026-12-01T23:30:00Z").confirmed());

        assertThat(fact.date()).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void anAssignmentChangesTheAgentButNotTheStatus() {
        AppointmentFact fact = replay(story.confirmed(), story.assignedTo("agent-7"));

        assertThat(fact.lifecycle().status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(fact.dimensions().agentId()).isEqualTo("agent-7");
    }

    @Test
    void aNoShowSeenWithoutItsHistoryCountsAsBookedAndConfirmed() {
        Lifecycle lifecycle = replay(story.noShow()).lifecycle();

        assertThat(lifecycle.status()).isEqualTo(AppointmentStatus.NO_SHOW);
        assertThat(lifecycle.booked()).isTrue();
        assertThat(lifecycle.confirmed()).isTrue();
    }

    private static AppointmentFact replay(BookingEvent... events) {
        AppointmentFact fact = null;
        for (BookingEvent event : events) {
            fact = AppointmentTransitions.apply(fact, event);
        }
        return fact;
    }
}
