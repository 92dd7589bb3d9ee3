package fr.creneau.planning.closure.domain;

/** What a closure closes: every counter of the commune, every counter of a place, or one counter. */
public enum ClosureScope {
    COMMUNE, PLACE, COUNTER
}
