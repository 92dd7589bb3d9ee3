package fr.creneau.notification.booking.messaging;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;

/**
 * Recognises a hold ({@code SlotReserved.v1}) on booking.events from its first tokens only: a record whose first
 * property is {@code "type":"SlotReserved.v1"}, as booking-service writes every event (Jackson puts the type id
 * first). A hold calls for no notice, no reminder and no webhook here, yet every reservation sends one, and reading it
 * whole was most of what the consumer spent on it. Anything written otherwise is parsed as before.
 */
final class HoldRecords {

    private static final JsonFactory JSON = new JsonFactory();
    private static final String HOLD = "SlotReserved.v1";

    private HoldRecords() {
    }

    static boolean isHold(byte[] json) {
        try (JsonParser parser = JSON.createParser(json)) {
            return parser.nextToken() == JsonToken.START_OBJECT
                    && parser.nextToken() == JsonToken.FIELD_NAME && "type".equals(parser.currentName())
                    && parser.nextToken() == JsonToken.VALUE_STRING && HOLD.equals(parser.getText())
                    // the property's end: another property or the object's
                    && parser.nextToken() != null;
        } catch (IOException notJson) {
            return false;
        }
    }
}
