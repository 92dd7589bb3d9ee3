package fr.creneau.planning.publishing;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids of published records, derived from the stored event that caused them: publishing the same stored event again
 * (after a retry or a replay) gives the same ids, which consumers recognise.
 */
final class EventIds {

    private EventIds() {
    }

    static String derived(String storedEventId, String... parts) {
        return UUID.nameUUIDFromBytes((storedEventId + "/" + String.join("/", parts)).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
