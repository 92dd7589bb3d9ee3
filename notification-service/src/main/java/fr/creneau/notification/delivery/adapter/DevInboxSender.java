package fr.creneau.notification.delivery;

import fr.creneau.notification.devinbox.DevInbox;
import fr.creneau.notification.notice.MessageChannel;

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
