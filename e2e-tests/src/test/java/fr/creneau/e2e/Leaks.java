package fr.creneau.e2e;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an answer must never show a client: a stack trace, a Java class, SQL or the database's own words. */
final class Leaks {

    private static final List<Pattern> SIGNS = List.of(
            Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\("),
            Pattern.compile("(?i)\\b[a-z]+(Exception|Error)\\b"),
            Pattern.compile("\\b(java|javax|jakarta|org\\.springframework|org\\.postgresql|com\\.fasterxml|"
                    + "org\\.axonframework|reactor|io\\.netty)\\.[a-z]"),
            Pattern.compile("(?i)\\b(select\\s.+\\sfrom|insert\\s+into|update\\s+\\w+\\s+set|delete\\s+from)\\b"),
            Pattern.compile("(?i)\\b(psql|sqlstate|syntax error at|violates|duplicate key value|jdbc)\\b"),
            Pattern.compile("(?i)\"trace\"\\s*:"));

    private Leaks() {
    }

    /** The signs found in {@code body}, none when it is clean. */
    static List<String> in(String body) {
        return SIGNS.stream().map(sign -> sign.matcher(body)).filter(Matcher::find).map(Matcher::group).toList();
    }
}
