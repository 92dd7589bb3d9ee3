package fr.creneau.stats.figures.web;

import fr.creneau.booking.api.Channel;
import fr.creneau.platform.problem.InvalidRequestException;
import fr.creneau.stats.dimension.domain.Dimension;
import fr.creneau.stats.figures.domain.DateBasis;
import fr.creneau.stats.figures.domain.FigureQuery;
import fr.creneau.stats.figures.domain.Period;
import org.springframework.util.MultiValueMap;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Reads the query string of the figures endpoints, refusing in French whatever it does not know. */
final class FigureParameters {

    static final Map<String, Dimension> FILTERS = filters();
    private static final Set<String> RANGE = Set.of("from", "to", "dateBasis");
    private static final Set<String> BREAKDOWN = Set.of("period", "groupBy");

    private FigureParameters() {
    }

    static FigureQuery summary(String communeId, MultiValueMap<String, String> parameters) {
        return parse(communeId, parameters, false);
    }

    static FigureQuery figures(String communeId, MultiValueMap<String, String> parameters) {
        return parse(communeId, parameters, true);
    }

    private static FigureQuery parse(String communeId, MultiValueMap<String, String> parameters, boolean breakdown) {
        Set<String> known = new TreeSet<>(FILTERS.keySet());
        known.addAll(RANGE);
        if (breakdown) {
            known.addAll(BREAKDOWN);
        }
        Map<String, String> values = single(parameters, known);
        LocalDate from = date(values, "from");
        LocalDate to = date(values, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidRequestException("La date de début (from) doit précéder ou égaler la date de fin (to).");
        }
        Period period = breakdown ? period(values.getOrDefault("period", "day")) : null;
        Dimension groupBy = values.containsKey("groupBy") ? groupBy(values.get("groupBy")) : null;
        DateBasis basis = dateBasis(values.getOrDefault("dateBasis", DateBasis.APPOINTMENT.parameter()));
        return new FigureQuery(communeId, from, to, filterValues(values), period, groupBy, basis);
    }

    private static Map<String, String> single(MultiValueMap<String, String> parameters, Set<String> known) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (!known.contains(name)) {
                throw new InvalidRequestException("Le paramètre « %s » n'est pas reconnu. Paramètres acceptés : %s."
                        .formatted(name, String.join(", ", known)), Map.of("parameter", name));
            }
            if (parameter.getValue().size() > 1) {
                throw new InvalidRequestException("Le paramètre « %s » ne peut être donné qu'une fois."
                        .formatted(name), Map.of("parameter", name));
            }
            String value = parameter.getValue().get(0);
            if (value == null || value.isBlank()) {
                throw new InvalidRequestException("Le paramètre « %s » est vide.".formatted(name),
                        Map.of("parameter", name));
            }
            values.put(name, value.trim());
        }
        return values;
    }

    private static LocalDate date(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(
                    "La date « %s » du paramètre « %s » n'est pas valide (format attendu : AAAA-MM-JJ)."
                            .formatted(value, name), Map.of("parameter", name));
        }
    }

    private static Period period(String value) {
        return Period.fromParameter(value).orElseThrow(() -> new InvalidRequestException(
                "La période « %s » n'est pas reconnue. Valeurs acceptées : %s.".formatted(value,
                        Arrays.stream(Period.values()).map(Period::parameter).collect(Collectors.joining(", "))),
                Map.of("parameter", "period")));
    }

    private static DateBasis dateBasis(String value) {
        return DateBasis.fromParameter(value).orElseThrow(() -> new InvalidRequestException(
                "La date de référence « %s » n'est pas reconnue. Valeurs acceptées : appointment, booking."
                        .formatted(value), Map.of("parameter", "dateBasis")));
    }

    private static Dimension groupBy(String value) {
        return Dimension.fromParameter(value).orElseThrow(() -> new InvalidRequestException(
                "La ventilation « %s » n'est pas reconnue. Valeurs acceptées : %s.".formatted(value,
                        Arrays.stream(Dimension.values()).map(Dimension::parameter).collect(Collectors.joining(", "))),
                Map.of("parameter", "groupBy")));
    }

    private static Map<Dimension, String> filterValues(Map<String, String> values) {
        Map<Dimension, String> filters = new EnumMap<>(Dimension.class);
        FILTERS.forEach((name, dimension) -> {
            if (values.containsKey(name)) {
                filters.put(dimension, dimension == Dimension.CHANNEL ? channel(values.get(name)) : values.get(name));
            }
        });
        return filters;
    }

    private static String channel(String value) {
        try {
            return Channel.valueOf(value.toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Le canal « %s » n'est pas reconnu. Valeurs acceptées : %s.".formatted(
                    value, Arrays.stream(Channel.values()).map(Channel::name).collect(Collectors.joining(", "))),
                    Map.of("parameter", "channel"));
        }
    }

    private static Map<String, Dimension> filters() {
        Map<String, Dimension> filters = new LinkedHashMap<>();
        filters.put("placeId", Dimension.PLACE);
        filters.put("counterId", Dimension.COUNTER);
        filters.put("agentId", Dimension.AGENT);
        filters.put("serviceId", Dimension.SERVICE);
        filters.put("appointmentTypeId", Dimension.TYPE);
        filters.put("optionId", Dimension.OPTION);
        filters.put("channel", Dimension.CHANNEL);
        return Map.copyOf(filters);
    }
}
