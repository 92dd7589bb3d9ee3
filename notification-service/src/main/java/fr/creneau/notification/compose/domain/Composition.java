package fr.creneau.notification.compose.domain;


/** What composing a notice gives: a message to send, or a reason why there is none to send. */
public sealed interface Composition {

    record Ready(OutboundMessage message) implements Composition {
    }

    /** Nothing to send, for good: no address for this channel, code already expired. */
    record Skipped(String reason, boolean expired) implements Composition {
    }
}
