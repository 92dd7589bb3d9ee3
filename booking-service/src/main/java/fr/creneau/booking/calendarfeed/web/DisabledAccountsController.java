package fr.creneau.booking.calendarfeed.web;

import fr.creneau.booking.calendarfeed.view.FeedTokens;
import fr.creneau.identity.AgentIdentity;
import fr.creneau.identity.IdentityToken;
import fr.creneau.platform.problem.ForbiddenException;
import fr.creneau.platform.problem.InvalidRequestException;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * Where the gateway, which holds the accounts, tells the commune's disabled accounts: their calendar feeds are
 * revoked. Told after each change of an account and again every few minutes, so a repeat changes nothing. The path is
 * outside {@code /api/booking}: the gateway routes no client to it, and it is left out of the OpenAPI document.
 */
@Hidden
@RestController
@RequestMapping("/internal/booking/communes/{communeId}/disabled-accounts")
class DisabledAccountsController {

    private final FeedTokens tokens;

    DisabledAccountsController(FeedTokens tokens) {
        this.tokens = tokens;
    }

    @PutMapping
    Map<String, Integer> put(@PathVariable String communeId, @RequestBody DisabledAccounts body, AgentIdentity caller) {
        if (!IdentityToken.GATEWAY_ITSELF.equals(caller.accountId())) {
            throw new ForbiddenException("Seule la passerelle, qui tient les comptes, dit lesquels sont désactivés.");
        }
        List<String> ids = body.accountIds() == null ? List.of() : body.accountIds();
        if (ids.stream().anyMatch(id -> id == null || !CommuneFeedsController.ACCOUNT_ID.matcher(id).matches())) {
            throw new InvalidRequestException("Un identifiant de compte n'est pas valide.");
        }
        return Map.of("revoked", tokens.revokeAll(communeId, ids));
    }

    record DisabledAccounts(List<String> accountIds) {
    }
}
