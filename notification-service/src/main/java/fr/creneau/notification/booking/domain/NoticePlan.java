package fr.creneau.notification.booking.domain;

import fr.creneau.booking.api.AppointmentApproved;
import fr.creneau.booking.api.AppointmentAwaitingApproval;
import fr.creneau.booking.api.AppointmentCancelled;
import fr.creneau.booking.api.AppointmentConfirmed;
import fr.creneau.booking.api.AppointmentModified;
import fr.creneau.booking.api.AppointmentNoShow;
import fr.creneau.booking.api.AppointmentRefused;
import fr.creneau.booking.api.AppointmentRescheduled;
import fr.creneau.booking.api.AppointmentUnscheduled;
import fr.creneau.booking.api.BookingEvent;
import fr.creneau.booking.api.CancelledBy;
import fr.creneau.booking.api.EarlierSlotOffered;
import fr.creneau.notification.notice.domain.NoticeKind;
import fr.creneau.notification.shared.domain.WallClock;
import fr.creneau.notification.template.domain.AppointmentFields;

import java.util.List;
import java.util.Map;

/** Which notices each booking event calls for, with the merge fields it gives them. */
public final class NoticePlan {

    private NoticePlan() {
    }

    public static List<PlannedNotice> of(BookingEvent event) {
        if (event.appointment() == null) {
            return List.of();
        }
        Map<String, Object> fields = AppointmentFields.of(event.appointment());
        if (event instanceof AppointmentConfirmed confirmed) {
            if (confirmed.confirmationWithheld()) {
                return List.of();
            }
            return confirmed.antsNumbersToAdd() > 0 ? List.of(new PlannedNotice(NoticeKind.CONFIRMATION, fields),
                    new PlannedNotice(NoticeKind.ANTS_NUMBERS_REQUESTED, fields))
                    : List.of(new PlannedNotice(NoticeKind.CONFIRMATION, fields));
        }
        if (event instanceof AppointmentAwaitingApproval) {
            return List.of(new PlannedNotice(NoticeKind.AWAITING_APPROVAL, fields),
                    new PlannedNotice(NoticeKind.AGENT_APPROVAL_NEEDED, fields));
        }
        if (event instanceof AppointmentApproved) {
            return List.of(new PlannedNotice(NoticeKind.APPROVED, fields));
        }
        if (event instanceof AppointmentRefused refused) {
            return List.of(new PlannedNotice(NoticeKind.REFUSED, AppointmentFields.withReason(fields, refused.reason())));
        }
        if (event instanceof AppointmentRescheduled moved) {
            return List.of(new PlannedNotice(NoticeKind.RESCHEDULED, AppointmentFields.withPrevious(fields,
                    moved.previousStart(), WallClock.zone(event.appointment().timeZone()))));
        }
        if (event instanceof AppointmentUnscheduled unscheduled) {
            return List.of(new PlannedNotice(NoticeKind.UNSCHEDULED, AppointmentFields.withProposals(
                    AppointmentFields.withReason(fields, unscheduled.reason()), unscheduled.proposedSlots())));
        }
        if (event instanceof AppointmentCancelled cancelled) {
            return List.of(cancelled.by() == CancelledBy.CITIZEN
                    ? new PlannedNotice(NoticeKind.CANCELLED_BY_CITIZEN, fields)
                    : new PlannedNotice(NoticeKind.CANCELLED_BY_MAIRIE, AppointmentFields.withProposals(
                            AppointmentFields.withReason(fields, cancelled.reason()), cancelled.proposedSlots())));
        }
        if (event instanceof AppointmentModified) {
            return List.of(new PlannedNotice(NoticeKind.MODIFIED, fields));
        }
        if (event instanceof EarlierSlotOffered offered) {
            return List.of(new PlannedNotice(NoticeKind.EARLIER_SLOT_OFFERED, AppointmentFields.withOffer(fields,
                    offered.offeredStart(), offered.expiresAt(), WallClock.zone(event.appointment().timeZone())),
                    offered.expiresAt()));
        }
        if (event instanceof AppointmentNoShow) {
            return List.of(new PlannedNotice(NoticeKind.NO_SHOW, fields));
        }
        return List.of();
    }
}
