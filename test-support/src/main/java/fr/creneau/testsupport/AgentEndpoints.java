package fr.creneau.testsupport;

import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Every endpoint a running service maps under some prefixes, read from Spring MVC itself so none is forgotten. */
public final class AgentEndpoints {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

    private AgentEndpoints() {
    }

    public record Endpoint(HttpMethod method, String pattern) {

        /** The path with each {@code {name}} replaced by {@code values.get(name)}, or by an id nobody has. */
        public String path(Map<String, String> values) {
            Matcher variable = VARIABLE.matcher(pattern);
            StringBuilder path = new StringBuilder();
            while (variable.find()) {
                variable.appendReplacement(path, Matcher.quoteReplacement(
                        values.getOrDefault(variable.group(1), "00000000-0000-0000-0000-000000000000")));
            }
            return variable.appendTail(path).toString();
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    public static List<Endpoint> under(RequestMappingHandlerMapping mapping, String... prefixes) {
        return mapping.getHandlerMethods().keySet().stream()
                .flatMap(AgentEndpoints::endpoints)
                .filter(endpoint -> Stream.of(prefixes).anyMatch(endpoint.pattern()::startsWith))
                .sorted(Comparator.comparing(Endpoint::toString))
                .toList();
    }

    private static Stream<Endpoint> endpoints(RequestMappingInfo info) {
        var methods = info.getMethodsCondition().getMethods();
        return info.getPatternValues().stream().flatMap(pattern -> (methods.isEmpty() ? Stream.of(RequestMethod.GET)
                : methods.stream()).map(method -> new Endpoint(method.asHttpMethod(), pattern)));
    }
}
