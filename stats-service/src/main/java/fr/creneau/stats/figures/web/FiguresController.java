package fr.creneau.stats.figures.web;

import fr.creneau.stats.figures.domain.FigureQuery;
import fr.creneau.stats.figures.view.FigureService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Figures of one commune: the commune in the path is the scope of every query, and only its agents may read them
 * (the platform's agent guard). Filters: placeId, counterId, agentId, serviceId, appointmentTypeId, optionId, channel, from, to;
 * breakdown: period (day, week, month) and groupBy (commune, place, counter, agent, service, type, option, channel);
 * dateBasis: appointment (default) or booking.
 */
@RestController
@RequestMapping("/api/stats/communes/{communeId}")
class FiguresController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final FigureService figures;

    FiguresController(FigureService figures) {
        this.figures = figures;
    }

    @GetMapping("/summary")
    Summary summary(@PathVariable String communeId, @RequestParam MultiValueMap<String, String> parameters) {
        FigureQuery query = FigureParameters.summary(communeId, parameters);
        return new Summary(communeId, query.dateBasis().parameter(), query.from(), query.to(), figures.total(query));
    }

    @GetMapping("/figures")
    FigureReport figures(@PathVariable String communeId, @RequestParam MultiValueMap<String, String> parameters) {
        FigureQuery query = FigureParameters.figures(communeId, parameters);
        return new FigureReport(communeId, query.period().parameter(),
                query.groupBy() == null ? null : query.groupBy().parameter(), query.dateBasis().parameter(),
                query.from(), query.to(), filters(query), figures.rows(query));
    }

    @GetMapping("/figures.csv")
    ResponseEntity<byte[]> csv(@PathVariable String communeId,
            @RequestParam MultiValueMap<String, String> parameters) {
        FigureQuery query = FigureParameters.figures(communeId, parameters);
        byte[] body = FigureCsv.write(query, figures.rows(query)).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"statistiques-" + communeId.replaceAll("[^A-Za-z0-9-]", "") + ".csv\"")
                .body(body);
    }

    private static Map<String, String> filters(FigureQuery query) {
        Map<String, String> filters = new TreeMap<>();
        FigureParameters.FILTERS.forEach((name, dimension) -> {
            if (query.filters().containsKey(dimension)) {
                filters.put(name, query.filters().get(dimension));
            }
        });
        return filters;
    }
}
