package fr.creneau.booking.calendarfeed.web;

import fr.creneau.booking.calendarfeed.view.FeedOwner;
import fr.creneau.booking.calendarfeed.view.FeedTokens;
import fr.creneau.identity.AgentIdentity;
import fr.creneau.platform.problem.ConflictException;
import fr.creneau.platform.problem.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in agent's own feed: see whether it exists, create or replace it (a new address), revoke it. */
@RestController
@RequestMapping("/api/booking/agent/communes/{communeId}/calendar-feed")
class FeedSubscriptionController {

    private final FeedTokens tokens;

    FeedSubscriptionController(FeedTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    FeedSubscription current(@PathVariable String communeId, AgentIdentity agent) {
        return tokens.createdAt(agent.accountId(), communeId)
                .map(created -> new FeedSubscription(true, created, null))
                .orElse(new FeedSubscription(false, null, null));
    }

    /** A new secret address; the previous one, if any, answers 404 from now on. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    FeedSubscription create(@PathVariable String communeId, AgentIdentity agent) {
        if (agent.agentId() == null) {
            throw new ConflictException("Votre compte n'est lié à aucun agent du planning : il n'a pas d'agenda à "
                    + "publier. Demandez à l'administrateur de la commune de le lier à votre fiche d'agent.");
        }
        String token = tokens.issue(agent.accountId(), new FeedOwner(communeId, agent.agentId()));
        return new FeedSubscription(true, tokens.createdAt(agent.accountId(), communeId).orElseThrow(),
                CalendarFeedController.PATH + token + ".ics");
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable String communeId, AgentIdentity agent) {
        if (!tokens.revoke(agent.accountId(), communeId)) {
            throw new NotFoundException("Vous n'avez pas de calendrier à révoquer.");
        }
    }
}
