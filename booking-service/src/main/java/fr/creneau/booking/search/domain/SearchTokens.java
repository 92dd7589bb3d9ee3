package fr.creneau.booking.search.domain;

import fr.creneau.booking.contact.domain.ContactDetails;
import fr.creneau.booking.duplicates.domain.PersonIdentifiers;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a person is found by, normalised so that a search matches whatever the case and accents: each word of
 * the name, whole and cut from its third letter on (so that "dur" finds "Durand"), the mobile in international form, the e-mail in
 * lower case, the ANTS numbers in capitals. A query is cut the same way and must match all its words.
 */
public final class SearchTokens {

    public static final int MIN_WORD = 3;
    private static final Pattern ANTS = Pattern.compile("^[A-Z0-9]{10}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 .-]{8,20}$");
    private static final Pattern NOT_A_DIGIT = Pattern.compile("[^0-9]");
    private static final Pattern MARK = Pattern.compile("\\p{M}");
    private static final Pattern BETWEEN_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchTokens() {
    }

    public static Set<String> of(ContactDetails contact) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String word : words(contact.fullName())) {
            tokens.add("name:" + word);
            for (int end = MIN_WORD; end < word.length(); end++) {
                tokens.add("name:" + word.substring(0, end));
            }
        }
        PersonIdentifiers.of(contact.email(), contact.mobile()).forEach(tokens::add);
        contact.antsNumbers().forEach(number -> tokens.add("ants:" + number.toUpperCase(Locale.ROOT)));
        return tokens;
    }

    /** The tokens a query must all match; empty when it has nothing to search by. */
    public static Set<String> ofQuery(String query) {
        String trimmed = query == null ? "" : query.strip();
        if (trimmed.contains("@")) {
            return Set.copyOf(PersonIdentifiers.of(trimmed, null));
        }
        if (PHONE.matcher(trimmed).matches() && NOT_A_DIGIT.matcher(trimmed).replaceAll("").length() >= 8) {
            return Set.copyOf(PersonIdentifiers.of(null, trimmed));
        }
        Set<String> tokens = new LinkedHashSet<>();
        if (ANTS.matcher(trimmed.toUpperCase(Locale.ROOT)).matches() && trimmed.chars().anyMatch(Character::isDigit)) {
            tokens.add("ants:" + trimmed.toUpperCase(Locale.ROOT));
            return tokens;
        }
        words(trimmed).forEach(word -> tokens.add("name:" + word));
        return tokens;
    }

    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String plain = MARK.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(BETWEEN_WORDS.split(plain)).filter(word -> !word.isEmpty()).toList();
    }
}
