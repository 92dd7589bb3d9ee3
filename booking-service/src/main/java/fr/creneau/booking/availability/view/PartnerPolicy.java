package fr.creneau.booking.availability.view;

import fr.creneau.booking.catalog.domain.AppointmentType;
import fr.creneau.identity.AgentIdentity;
import fr.creneau.platform.problem.ForbiddenException;
import fr.creneau.platform.problem.InvalidRequestException;

/**
 * A partner books only the types open to their partner type (a type naming no partner type is open to every
 * partner, as the 6tzen guide says), and leaves the choice of the agent to the commune.
 */
public final class PartnerPolicy {

    private PartnerPolicy() {
    }

    public static void assertMayBook(AgentIdentity caller, AppointmentType type, String assignedAgentId) {
        if (!caller.isOnlyAPartner()) {
            return;
        }
        if (!type.openToPartner(caller.partnerType())) {
            throw new ForbiddenException("Les rendez-vous « %s » ne sont pas ouverts aux partenaires « %s »."
                    .formatted(type.label(), caller.partnerType()));
        }
        if (assignedAgentId != null) {
            throw new InvalidRequestException("Un partenaire ne choisit pas l'agent : la commune l'attribue.");
        }
    }
}
