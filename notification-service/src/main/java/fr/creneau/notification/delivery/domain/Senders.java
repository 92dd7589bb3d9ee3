package fr.creneau.notification.delivery.domain;

import fr.creneau.notification.compose.domain.OutboundMessage;
import fr.creneau.notification.notice.domain.MessageChannel;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The sender of each channel, chosen at startup from the configuration. */
public class Senders {

    private final Map<MessageChannel, MessageSender> byChannel = new EnumMap<>(MessageChannel.class);

    public Senders(List<MessageSender> senders) {
        senders.forEach(sender -> byChannel.put(sender.channel(), sender));
    }

    public Receipt send(OutboundMessage message) {
        MessageSender sender = byChannel.get(message.channel());
        if (sender == null) {
            throw new IllegalStateException("no sender for " + message.channel());
        }
        return sender.send(message);
    }
}
