package fr.creneau.notification.booking.messaging;

import java.nio.charset.StandardCharsets;

/**
 * Recognises a hold ({@code SlotReserved.v1}) on booking.events without parsing it: a record whose first property is
 * {@code "type":"SlotReserved.v1"}, as booking-service writes every event (Jackson puts the type id first). A hold
 * calls for no notice, no reminder and no webhook here, yet every reservation sends one, and reading it whole was
 * most of what the consumer spent on it. Anything written otherwise is parsed as before.
 */
final class HoldRecords {

    private static final byte[] TYPE = "\"type\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HOLD = "\"SlotReserved.v1\"".getBytes(StandardCharsets.US_ASCII);

    private HoldRecords() {
    }

    static boolean isHold(byte[] json) {
        int at = skipSpaces(json, 0);
        if (at >= json.length || json[at] != '{') {
            return false;
        }
        at = expect(json, skipSpaces(json, at + 1), TYPE);
        if (at < 0) {
            return false;
        }
        at = skipSpaces(json, at);
        if (at >= json.length || json[at] != ':') {
            return false;
        }
        at = expect(json, skipSpaces(json, at + 1), HOLD);
        if (at < 0) {
            return false;
        }
        at = skipSpaces(json, at);
        return at < json.length && (json[at] == ',' || json[at] == '}');
    }

    /** The position after {@code word} if it stands at {@code at}, otherwise -1. */
    private static int expect(byte[] json, int at, byte[] word) {
        if (json.length - at < word.length) {
            return -1;
        }
        for (int i = 0; i < word.length; i++) {
            if (json[at + i] != word[i]) {
                return -1;
            }
        }
        return at + word.length;
    }

    private static int skipSpaces(byte[] json, int at) {
        while (at < json.length && (json[at] == ' ' || json[at] == '\n' || json[at] == '\r' || json[at] == '\t')) {
            at++;
        }
        return at;
    }
}
