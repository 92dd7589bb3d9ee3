package fr.creneau.notification.delivery;

import fr.creneau.notification.notice.MessageChannel;

/** One transport for one channel. A failure is an exception: the caller retries later. */
public interface MessageSender {

    MessageChannel channel();

    Receipt send(OutboundMessage message);
}
