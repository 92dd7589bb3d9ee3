package fr.creneau.booking.calendarfeed.web;

import fr.creneau.booking.calendarfeed.view.ActiveFeed;
import fr.creneau.booking.calendarfeed.view.FeedTokens;
import fr.creneau.identity.Role;
import fr.creneau.platform.identity.AgentRoles;
import fr.creneau.platform.problem.InvalidRequestException;
import fr.creneau.platform.problem.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The commune's administrator sees which of the commune's accounts publish a calendar feed (never its secret) and
 * may revoke one, for an agent who left or an address that leaked.
 */
@RestController
@AgentRoles(Role.COMMUNE_ADMIN)
@RequestMapping("/api/booking/agent/communes/{communeId}/calendar-feeds")
class CommuneFeedsController {

    static final Pattern ACCOUNT_ID = Pattern.compile("^[A-Za-z0-9._-]{1,100}$");

    private final FeedTokens tokens;

    CommuneFeedsController(FeedTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    List<ActiveFeed> feeds(@PathVariable String communeId) {
        return tokens.ofCommune(communeId);
    }

    @DeleteMapping("/{accountId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable String communeId, @PathVariable String accountId) {
        if (!ACCOUNT_ID.matcher(accountId).matches()) {
            throw new InvalidRequestException("L'identifiant de compte n'est pas valide : lettres, chiffres, points, "
                    + "tirets, 100 caractères au plus.");
        }
        if (!tokens.revoke(accountId, communeId)) {
            throw new NotFoundException("Ce compte n'a pas de calendrier publié dans cette commune.");
        }
    }
}
