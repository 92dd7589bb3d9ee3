package fr.creneau.notification.booking.command;

import fr.creneau.notification.billing.command.SmsGate;
import fr.creneau.booking.api.BookingEvent;
import fr.creneau.notification.booking.domain.AppointmentChanged;
import fr.creneau.notification.booking.domain.NoticePlan;
import fr.creneau.notification.booking.domain.PlannedNotice;
import fr.creneau.notification.booking.view.AppointmentViews;
import fr.creneau.notification.notice.command.Notices;
import fr.creneau.notification.notice.domain.MessageChannel;
import fr.creneau.notification.notice.domain.NewNotice;
import fr.creneau.notification.settings.command.AgentSettings;
import fr.creneau.notification.settings.command.ChannelSettings;
import fr.creneau.platform.messaging.ProcessedEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies one booking event, once: records the appointment's new state and the notices it calls for, and tells
 * the reminders (in the same transaction) so that they follow the appointment.
 */
@Service
public class BookingEventNotices {

    private final ProcessedEvents processed;
    private final AppointmentViews views;
    private final Notices notices;
    private final ChannelSettings channels;
    private final AgentSettings agents;
    private final ApplicationEventPublisher publisher;
    private final SmsGate sms;

    BookingEventNotices(ProcessedEvents processed, AppointmentViews views, Notices notices, ChannelSettings channels,
            AgentSettings agents, ApplicationEventPublisher publisher, SmsGate sms) {
        this.sms = sms;
        this.processed = processed;
        this.views = views;
        this.notices = notices;
        this.channels = channels;
        this.agents = agents;
        this.publisher = publisher;
    }

    @Transactional
    public void handle(BookingEvent event) {
        if (!processed.firstTime("notification-booking", event.eventId())) {
            return;
        }
        views.apply(event);
        for (PlannedNotice planned : NoticePlan.of(event)) {
            String typeId = event.appointment().appointmentTypeId();
            for (MessageChannel channel : sms.allowed(event.communeId(),
                    channels.channelsFor(event.communeId(), typeId, planned.kind()), planned.kind())) {
                String recipient = planned.kind().forAgents() ? agentRecipients(event.communeId(), channel) : null;
                if (!planned.kind().forAgents() || recipient != null) {
                    notices.enqueue(new NewNotice(event.eventId(), planned.kind(), channel, event.communeId(),
                            event.appointmentId(), typeId, recipient, planned.fields(), planned.expiresAt()));
                }
            }
        }
        publisher.publishEvent(new AppointmentChanged(event));
    }

    private String agentRecipients(String communeId, MessageChannel channel) {
        if (channel != MessageChannel.EMAIL) {
            return null;
        }
        return agents.find(communeId).filter(setting -> !setting.emails().isEmpty())
                .map(setting -> String.join(", ", setting.emails())).orElse(null);
    }
}
