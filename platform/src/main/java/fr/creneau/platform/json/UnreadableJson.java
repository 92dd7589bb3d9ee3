package fr.creneau.platform.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Says in French what is wrong with a JSON body Jackson could not read, naming the field ({@code citizen.fullName},
 * {@code days.MONDAY[0]}) and what it expects. Never repeats the value sent: it may be huge, or hold what should not
 * be echoed.
 */
public final class UnreadableJson {

    static final String ABSENT = "Le corps de la requête est absent ou n'est pas un JSON valide.";
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

    private UnreadableJson() {
    }

    /** The French detail for {@code failure}, a Jackson exception or one that wraps it. */
    public static String describe(Throwable failure) {
        JsonProcessingException cause = jacksonCause(failure);
        if (cause == null) {
            return ABSENT;
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return aboutField(mapping, Fields.path(mapping));
        }
        if (cause instanceof StreamReadException reading) {
            return aboutSyntax(reading);
        }
        if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "Le corps de la requête doit être %s.".formatted(Expected.of(mismatch.getTargetType()));
        }
        return ABSENT;
    }

    private static String aboutField(JsonMappingException e, String field) {
        if (e instanceof InvalidNullException) {
            return "Le champ « %s » ne peut pas contenir null.".formatted(field);
        }
        if (e instanceof InvalidFormatException format && format.getValue() instanceof String text
                && text.indexOf(NoNulString.NUL) >= 0) {
            return "Le champ « %s » contient le caractère nul (U+0000), qui n'est pas accepté.".formatted(field);
        }
        if (e.getCause() instanceof InputCoercionException) {
            return "Le champ « %s » est un nombre trop grand.".formatted(field);
        }
        if (e.getCause() instanceof StreamReadException reading) {
            return aboutSyntax(reading);
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "Le champ « %s » attend %s.".formatted(field, Expected.of(mismatch.getTargetType()));
        }
        return "Le champ « %s » n'est pas valide.".formatted(field);
    }

    private static String aboutSyntax(StreamReadException e) {
        Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.matches()) {
            return "La clé « %s » apparaît deux fois dans le même objet JSON.".formatted(Fields.shortened(duplicate.group(1)));
        }
        JsonLocation location = e.getLocation();
        return location == null || location.getLineNr() < 1 ? ABSENT
                : "Le corps de la requête n'est pas un JSON valide (ligne %d, colonne %d).".formatted(
                        location.getLineNr(), location.getColumnNr());
    }

    private static JsonProcessingException jacksonCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException jackson) {
                return jackson;
            }
            if (cause.getCause() == cause) {
                return null;
            }
        }
        return null;
    }

    /** The path of a field as a client wrote it. */
    static final class Fields {

        private static final int LONGEST = 60;

        private Fields() {
        }

        static String path(JsonMappingException e) {
            return shortened(e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining())
                    .replaceFirst("^\\.", ""));
        }

        static String shortened(String name) {
            String printable = name.replace(NoNulString.NUL, '\uFFFD');
            return printable.length() <= LONGEST ? printable : printable.substring(0, LONGEST) + "…";
        }
    }
}
