package fr.creneau.notification.reminder.command;

import fr.creneau.notification.billing.command.SmsGate;
import fr.creneau.notification.booking.domain.AppointmentStatus;
import fr.creneau.notification.booking.view.AppointmentViews;
import fr.creneau.notification.notice.command.Notices;
import fr.creneau.notification.notice.domain.MessageChannel;
import fr.creneau.notification.notice.domain.NewNotice;
import fr.creneau.notification.notice.domain.NoticeKind;
import fr.creneau.notification.reminder.domain.DueReminder;
import fr.creneau.notification.settings.command.ChannelSettings;
import fr.creneau.notification.template.domain.AppointmentFields;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A reminder that is due: one notice per channel, if the appointment still stands at that time. */
@Service
class ReminderNotices {

    private final AppointmentViews views;
    private final ChannelSettings channels;
    private final Notices notices;
    private final SmsGate sms;

    ReminderNotices(AppointmentViews views, ChannelSettings channels, Notices notices, SmsGate sms) {
        this.views = views;
        this.sms = sms;
        this.channels = channels;
        this.notices = notices;
    }

    @Transactional
    public void fire(DueReminder reminder) {
        views.find(reminder.appointmentId())
                .filter(view -> view.status() == AppointmentStatus.BOOKED)
                .filter(view -> view.appointment().start().equals(reminder.start()))
                .ifPresent(view -> {
                    String typeId = view.appointment().appointmentTypeId();
                    for (MessageChannel channel : sms.allowed(view.communeId(),
                            channels.channelsFor(view.communeId(), typeId, NoticeKind.REMINDER), NoticeKind.REMINDER)) {
                        notices.enqueue(new NewNotice(reminder.eventId(), NoticeKind.REMINDER, channel,
                                view.communeId(), view.appointmentId(), typeId, null,
                                AppointmentFields.of(view.appointment())));
                    }
                });
    }
}
