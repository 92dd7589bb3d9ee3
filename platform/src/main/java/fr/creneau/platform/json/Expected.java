package fr.creneau.platform.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** What a Java type expects from JSON, said to a client in French. */
final class Expected {

    private static final Set<Class<?>> INTEGERS = Set.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class, BigInteger.class);
    private static final Set<Class<?>> DECIMALS = Set.of(double.class, Double.class, float.class, Float.class,
            BigDecimal.class);
    private static final Map<Class<?>, String> TIMES = Map.of(
            LocalDate.class, "une date au format AAAA-MM-JJ (par exemple 2025-03-14)",
            LocalTime.class, "une heure au format HH:MM (par exemple 09:30)",
            LocalDateTime.class, "une date et une heure au format AAAA-MM-JJTHH:MM (par exemple 2025-03-14T09:30)",
            Instant.class, "une date et une heure ISO 8601 avec son décalage (par exemple 2025-03-14T09:30:00+01:00)",
            OffsetDateTime.class, "une date et une heure ISO 8601 avec son décalage (par exemple 2025-03-14T09:30:00+01:00)",
            ZonedDateTime.class, "une date et une heure ISO 8601 avec son décalage (par exemple 2025-03-14T09:30:00+01:00)",
            YearMonth.class, "un mois au format AAAA-MM (par exemple 2025-03)",
            ZoneId.class, "un fuseau horaire (par exemple Europe/Paris)",
            Duration.class, "une durée ISO 8601 (par exemple PT30M)");

    private Expected() {
    }

    static String of(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return "true ou false";
        }
        if (INTEGERS.contains(type)) {
            return "un nombre entier";
        }
        if (DECIMALS.contains(type)) {
            return "un nombre";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "un texte entre guillemets";
        }
        if (type == UUID.class) {
            return "un identifiant UUID";
        }
        if (TIMES.containsKey(type)) {
            return TIMES.get(type);
        }
        if (type.isEnum()) {
            return "l'une des valeurs " + Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.joining(", "));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "une liste entre crochets [ ]";
        }
        return "un objet entre accolades { }";
    }
}
