package fr.creneau.notification.delivery.domain;

import fr.creneau.notification.compose.domain.OutboundMessage;
import fr.creneau.notification.notice.domain.MessageChannel;

/** One transport for one channel. A failure is an exception: the caller retries later. */
public interface MessageSender {

    MessageChannel channel();

    Receipt send(OutboundMessage message);
}
