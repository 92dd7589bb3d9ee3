package fr.creneau.planning.shared.scope;

import fr.creneau.identity.AgentIdentity;
import fr.creneau.platform.problem.ForbiddenException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A commune administrator changes any counter, agent or type of the commune; a service manager only those of the
 * services their account names, may attach or detach only those services, and may put an agent only at their
 * services' counters. Something attached to no service
 * (a type open to every service, say) is the administrator's.
 */
public final class ManagedServices {

    private ManagedServices() {
    }

    /** {@code what} names the thing in French, e.g. « Le guichet « Accueil » ». */
    public static void assertManages(AgentIdentity caller, List<String> serviceIds, String what) {
        if (!caller.managesTheWholeCommune() && !sharesAService(caller, serviceIds)) {
            throw new ForbiddenException("%s ne relève d'aucun des services que vous gérez.".formatted(what));
        }
    }

    /** The services of something before ({@code before}, empty for a new one) and after the change. */
    public static void assertMayAttach(AgentIdentity caller, List<String> before, List<String> after, String what) {
        if (caller.managesTheWholeCommune()) {
            return;
        }
        Set<String> changed = new HashSet<>(before);
        changed.addAll(after);
        changed.removeIf(id -> before.contains(id) && after.contains(id));
        if (!caller.serviceIds().containsAll(changed)) {
            throw new ForbiddenException("Vous ne pouvez rattacher ou détacher que les services que vous gérez.");
        }
        if (!sharesAService(caller, after)) {
            throw new ForbiddenException("%s doit rester rattaché à l'un des services que vous gérez.".formatted(what));
        }
    }

    /** A service manager puts an agent only at counters of their services; {@code counter} names it in French. */
    public static void assertMayPlaceAnAgentAt(AgentIdentity caller, List<String> counterServiceIds, String counter) {
        if (!caller.managesTheWholeCommune() && !sharesAService(caller, counterServiceIds)) {
            throw new ForbiddenException(("Vous ne pouvez affecter un agent qu'aux guichets des services que vous "
                    + "gérez : %s n'en relève pas.").formatted(counter));
        }
    }

    private static boolean sharesAService(AgentIdentity caller, List<String> serviceIds) {
        return serviceIds.stream().anyMatch(caller.serviceIds()::contains);
    }
}
