package fr.creneau.notification.webhook.command;

import fr.creneau.platform.problem.NotFoundException;

import java.util.UUID;

/**
 * The 404 of an endpoint (or a delivery) that is not one of the commune's, the same whether it is another's or none
 * at all.
 */
public final class Missing {

    private Missing() {
    }

    public static NotFoundException endpoint(UUID id) {
        return new NotFoundException("Aucun point de réception de webhooks « %s » dans cette commune.".formatted(id));
    }

    public static NotFoundException delivery(UUID id) {
        return new NotFoundException("Aucune livraison « %s » pour ce point de réception.".formatted(id));
    }
}
