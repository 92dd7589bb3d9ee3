package fr.creneau.booking.duplicates.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The ways a person is recognised: the mobile number in international form (a French 0X number becomes +33X)
 * and the e-mail address in lower case. Either one, already holding an active appointment, makes a duplicate.
 */
public final class PersonIdentifiers {

    private static final Pattern NOT_OF_A_NUMBER = Pattern.compile("[^0-9+]");

    private PersonIdentifiers() {
    }

    public static List<String> of(String email, String mobile) {
        List<String> identifiers = new ArrayList<>();
        if (mobile != null && !mobile.isBlank()) {
            identifiers.add("mobile:" + normalisedMobile(mobile));
        }
        if (email != null && !email.isBlank()) {
            identifiers.add("email:" + email.trim().toLowerCase(Locale.ROOT));
        }
        return identifiers;
    }

    /**
     * The person's identifiers and each ANTS pre-application number ({@code ants:…}): the keys of the per-person
     * limits, the same whether the person books on the web or by phone.
     */
    public static List<String> withAntsNumbers(String email, String mobile, Collection<String> antsNumbers) {
        List<String> identifiers = of(email, mobile);
        if (antsNumbers != null) {
            antsNumbers.stream().filter(number -> number != null && !number.isBlank())
                    .map(number -> "ants:" + number.trim().toUpperCase(Locale.ROOT)).forEach(identifiers::add);
        }
        return identifiers;
    }

    static String normalisedMobile(String mobile) {
        String digits = NOT_OF_A_NUMBER.matcher(mobile).replaceAll("");
        if (digits.startsWith("00")) {
            return "+" + digits.substring(2);
        }
        if (digits.startsWith("0") && digits.length() == 10) {
            return "+33" + digits.substring(1);
        }
        return digits;
    }
}
