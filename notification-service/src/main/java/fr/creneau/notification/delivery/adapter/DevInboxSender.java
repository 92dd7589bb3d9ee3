package fr.creneau.notification.delivery.adapter;

import fr.creneau.notification.compose.domain.OutboundMessage;
import fr.creneau.notification.delivery.domain.MessageSender;
import fr.creneau.notification.delivery.domain.Receipt;
import fr.creneau.notification.devinbox.view.DevInbox;
import fr.creneau.notification.notice.domain.MessageChannel;

/** With the dev inbox asked for, for a channel that has no real transport: the message lands in the dev inbox. */
class DevInboxSender implements MessageSender {

    private final MessageChannel channel;
    private final DevInbox inbox;

    DevInboxSender(MessageChannel channel, DevInbox inbox) {
        this.channel = channel;
        this.inbox = inbox;
    }

    @Override
    public MessageChannel channel() {
        return channel;
    }

    @Override
    public Receipt send(OutboundMessage message) {
        inbox.record(message);
        return new Receipt("DEV_INBOX", null);
    }
}
