package fr.creneau.notification.template.domain;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A text with {@code {field}} placeholders; 6tzen's numbered ones ({@link SixTzenFields}) read as their names. */
public final class TemplateText {

    private static final Pattern FIELD = Pattern.compile("\\{([^{}\\s]*)}");

    private TemplateText() {
    }

    /** Every field name the text uses, in order of appearance. */
    public static Set<String> fields(String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text != null) {
            Matcher matcher = FIELD.matcher(SixTzenFields.named(text));
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /** Replaces each known field by its value (empty if it has none); text that is not a field stays as it is. */
    public static String render(String text, Map<String, String> values) {
        if (text == null) {
            return null;
        }
        Matcher matcher = FIELD.matcher(SixTzenFields.named(text));
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement = MergeField.byKey(name).isPresent()
                    ? values.getOrDefault(name, "")
                    : matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
