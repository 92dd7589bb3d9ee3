package fr.creneau.booking.availability.view;

import fr.creneau.booking.catalog.domain.Agent;
import fr.creneau.booking.catalog.domain.AppointmentType;
import fr.creneau.booking.catalog.domain.Counter;
import fr.creneau.booking.catalog.view.Catalog;
import fr.creneau.platform.problem.InvalidRequestException;
import fr.creneau.platform.problem.NotFoundException;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * What a booking request must respect of the catalog: a known, bookable type, its persons and options, a counter
 * that receives it.
 */
@Component
public class BookingRules {

    private final Catalog catalog;

    BookingRules(Catalog catalog) {
        this.catalog = catalog;
    }

    public AppointmentType bookableType(String communeId, String appointmentTypeId, boolean citizen) {
        AppointmentType type = catalog.appointmentType(appointmentTypeId)
                .filter(found -> found.communeId().equals(communeId))
                .orElseThrow(() -> new NotFoundException(
                        "Le type de rendez-vous « %s » est inconnu dans cette commune.".formatted(appointmentTypeId)));
        if (!type.active() || (citizen && !type.visibleOnPortal())) {
            throw new NotFoundException("Le type de rendez-vous « %s » n'est pas ouvert à la réservation."
                    .formatted(type.label()));
        }
        return type;
    }

    public void assertPersonsAndOption(AppointmentType type, int persons, String optionId) {
        int max = Math.max(1, type.maxPersons());
        if (persons < 1 || persons > max) {
            throw new InvalidRequestException(
                    "Le nombre de personnes doit être compris entre 1 et %d pour ce type de rendez-vous.".formatted(max));
        }
        if (optionId != null && type.options().stream().noneMatch(option -> option.optionId().equals(optionId))) {
            throw new InvalidRequestException("L'option « %s » n'existe pas pour ce type de rendez-vous.".formatted(optionId));
        }
    }

    public void assertOptionChosen(AppointmentType type, String optionId) {
        if (optionId == null && !type.options().isEmpty()) {
            throw new InvalidRequestException("Choisissez une option pour ce type de rendez-vous.");
        }
    }

    /** A citizen may name an agent only for a type booked with a particular agent (the mayor, an élu). */
    public void assertAgentChoice(AppointmentType type, String agentId, boolean citizen) {
        if (citizen && agentId != null && !"AGENT".equals(type.bookableWith())) {
            throw new InvalidRequestException("Ce type de rendez-vous se prend avec un service, pas avec un agent choisi.");
        }
    }

    /** An active counter of the commune that receives {@code type}. */
    public Counter bookableCounter(String communeId, String counterId, AppointmentType type) {
        Counter counter = catalog.counter(counterId)
                .filter(found -> found.communeId().equals(communeId) && found.active())
                .orElseThrow(() -> new NotFoundException(
                        "Le guichet « %s » est inconnu dans cette commune.".formatted(counterId)));
        if (!counter.appointmentTypeIds().contains(type.appointmentTypeId())) {
            throw new InvalidRequestException("Le guichet « %s » ne reçoit pas les rendez-vous « %s »."
                    .formatted(counter.name(), type.label()));
        }
        if (!counter.takes(type)) {
            throw new InvalidRequestException(("Le guichet « %s » n'appartient à aucun des services associés aux "
                    + "rendez-vous « %s ».").formatted(counter.name(), type.label()));
        }
        return counter;
    }

    /**
     * An agent of the commune, who belongs to one of the type's associated services if it names some: only they
     * may be given, or booked for, its appointments.
     */
    public Agent assignableAgent(String communeId, String agentId, String appointmentTypeId) {
        Agent agent = catalog.agent(agentId).filter(found -> found.communeId().equals(communeId))
                .orElseThrow(() -> new NotFoundException("L'agent « %s » est inconnu dans cette commune."
                        .formatted(agentId)));
        catalog.appointmentType(appointmentTypeId).ifPresent(type -> assertAgentTakes(agent, type));
        return agent;
    }

    private static void assertAgentTakes(Agent agent, AppointmentType type) {
        if (!type.openToServices(agent.serviceIds())) {
            throw new InvalidRequestException(("L'agent « %s » n'appartient à aucun des services associés aux "
                    + "rendez-vous « %s ».").formatted(agent.displayName(), type.label()));
        }
    }

    /**
     * As {@link #assertAntsNumbers(AppointmentType, int, List)}, unless a caller on the phone chose to give none now:
     * the booking is then held with its numbers to add through the manage link before the day.
     */
    public void assertAntsNumbers(AppointmentType type, int persons, List<String> antsNumbers, boolean later) {
        if (!(later && type.antsNumberRequired() && antsNumbers.isEmpty())) {
            assertAntsNumbers(type, persons, antsNumbers);
        }
    }

    /** One ANTS pre-application number per person where the type asks for them, each person's own. */
    public void assertAntsNumbers(AppointmentType type, int persons, List<String> antsNumbers) {
        if (type.antsNumberRequired() && antsNumbers.size() != persons) {
            throw new InvalidRequestException("Indiquez un numéro de pré-demande ANTS par personne (%d attendu%s)."
                    .formatted(persons, persons > 1 ? "s" : ""));
        }
        if (antsNumbers.stream().distinct().count() != antsNumbers.size()) {
            throw new InvalidRequestException("Chaque personne a son propre numéro de pré-demande ANTS.");
        }
    }
}
