package fr.creneau.booking.calendarfeed.web;

import fr.creneau.booking.calendarfeed.view.AgentFeed;
import fr.creneau.booking.calendarfeed.view.FeedTokens;
import fr.creneau.platform.problem.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

/**
 * The feed a calendar application subscribes to. It has no session, so the secret in the address is the only key:
 * an unknown or revoked one is a 404, like an address that never existed.
 */
@RestController
class CalendarFeedController {

    static final String PATH = "/api/booking/calendars/";
    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final FeedTokens tokens;
    private final AgentFeed feed;

    CalendarFeedController(FeedTokens tokens, AgentFeed feed) {
        this.tokens = tokens;
        this.feed = feed;
    }

    @GetMapping(PATH + "{token}.ics")
    ResponseEntity<byte[]> calendar(@PathVariable String token) {
        String calendar = tokens.ownerOf(token).map(feed::calendarOf)
                .orElseThrow(() -> new NotFoundException("Ce calendrier n'existe pas ou son adresse a été révoquée."));
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"rendez-vous.ics\"")
                .body(calendar.getBytes(StandardCharsets.UTF_8));
    }
}
