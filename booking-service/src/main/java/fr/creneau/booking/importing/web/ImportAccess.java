package fr.creneau.booking.importing.web;

import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.Role;
import fr.creneau.platform.problem.ForbiddenException;

/** An import is for the platform's operator, or for the administrator of that commune and no other. */
final class ImportAccess {

    private ImportAccess() {
    }

    static void check(AgentIdentity agent, String commune) {
        if (agent.has(Role.PLATFORM_ADMIN)) {
            return;
        }
        if (!agent.belongsTo(commune)) {
            throw new ForbiddenException("Vous n'avez pas accès à la commune « %s ».".formatted(commune));
        }
        if (!agent.has(Role.COMMUNE_ADMIN)) {
            throw new ForbiddenException("Seul un administrateur de la commune peut importer ses données.");
        }
    }
}
