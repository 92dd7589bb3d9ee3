package fr.creneau.platform.startup;

/**
 * A setting the service cannot start without, or cannot start with as it is: the service stops at startup and
 * says, in French, what is wrong and what to set.
 */
public class MissingSetting extends RuntimeException {

    private final String action;

    public MissingSetting(String description, String action) {
        super(description);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
