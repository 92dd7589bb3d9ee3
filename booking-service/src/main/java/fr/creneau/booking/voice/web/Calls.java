package fr.creneau.booking.voice.web;

import fr.creneau.booking.catalog.domain.Commune;
import fr.creneau.booking.catalog.view.Catalog;
import fr.creneau.booking.voice.domain.CallState;
import fr.creneau.booking.voice.domain.VoiceLine;
import fr.creneau.booking.voice.view.VoiceLines;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Reads a webhook request into a {@link Call}: the line by the number called, the state from the query. */
@Component
class Calls {

    private final VoiceLines lines;
    private final Catalog catalog;

    Calls(VoiceLines lines, Catalog catalog) {
        this.lines = lines;
        this.catalog = catalog;
    }

    /** The call, or empty when the number called is no commune's line, or the line is switched off. */
    Optional<Call> of(HttpServletRequest request) {
        String to = request.getParameter("To");
        if (to == null) {
            return Optional.empty();
        }
        Optional<VoiceLine> line = lines.called(to.trim()).filter(VoiceLine::answers);
        String name = line.flatMap(l -> catalog.commune(l.communeId())).map(Commune::name).orElse(null);
        if (line.isEmpty() || name == null) {
            return Optional.empty();
        }
        return Optional.of(new Call(line.get(), name, request.getParameter("From"), request.getParameter("Digits"),
                CallState.of(query(request))));
    }

    static Map<String, String> query(HttpServletRequest request) {
        Map<String, String> values = new HashMap<>();
        if (request.getQueryString() != null) {
            MultiValueMap<String, String> params = UriComponentsBuilder.fromUriString("?" + request.getQueryString())
                    .build().getQueryParams();
            params.forEach((name, list) -> values.put(name, list.isEmpty() ? null : list.get(0)));
        }
        return values;
    }
}
