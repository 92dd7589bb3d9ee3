package fr.creneau.booking.search.web;

import fr.creneau.booking.appointment.view.AppointmentIndex;
import fr.creneau.booking.appointment.web.AppointmentView;
import fr.creneau.booking.appointment.web.CitizenContact;
import fr.creneau.booking.contact.view.ContactVault;
import fr.creneau.booking.search.domain.SearchTokens;
import fr.creneau.booking.search.view.ContactSearchIndex;
import fr.creneau.platform.problem.InvalidRequestException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** An agent looks for a caller's appointments, past and future, by name, phone, e-mail or ANTS number. */
@RestController
class SearchController {

    /** One appointment found, with the citizen it was found by. */
    record Found(AppointmentView appointment, CitizenContact citizen) {
    }

    private final ContactSearchIndex search;
    private final AppointmentIndex index;
    private final ContactVault vault;

    SearchController(ContactSearchIndex search, AppointmentIndex index, ContactVault vault) {
        this.search = search;
        this.index = index;
        this.vault = vault;
    }

    @GetMapping("/api/booking/agent/communes/{communeId}/appointments/search")
    List<Found> search(@PathVariable String communeId, @RequestParam String q) {
        if (q.length() > 200) {
            throw new InvalidRequestException("La recherche compte 200 caractères au plus.");
        }
        Set<String> tokens = SearchTokens.ofQuery(q);
        if (tokens.isEmpty()) {
            throw new InvalidRequestException("Indiquez un nom, un numéro de téléphone, une adresse e-mail ou un "
                    + "numéro de pré-demande ANTS.");
        }
        return search.search(communeId, tokens).stream()
                .map(id -> index.find(id).map(summary -> new Found(AppointmentView.of(summary),
                        index.sealedContact(id).flatMap(sealed -> vault.open(id, sealed)).map(CitizenContact::of)
                                .orElse(null))).orElse(null))
                .filter(Objects::nonNull)
                .filter(found -> found.citizen() != null)
                .toList();
    }
}
