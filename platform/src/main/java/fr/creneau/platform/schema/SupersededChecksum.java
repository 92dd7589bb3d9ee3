package fr.creneau.platform.schema;

/**
 * A migration already applied somewhere whose text a later commit changed on purpose, leaving the schema it makes as
 * it was: the history may move its checksum from {@code was} to {@code now}, and from nothing else.
 */
public record SupersededChecksum(String script, int was, int now) {

    public SupersededChecksum {
        if (script == null || script.isBlank()) {
            throw new IllegalArgumentException("a superseded checksum names its script");
        }
    }
}
