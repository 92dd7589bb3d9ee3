package fr.creneau.planning.appointmenttype.domain;

/** SERVICE: any available agent of the counter; AGENT: the citizen picks an agent (the mayor's own agenda). */
public enum BookableWith {
    SERVICE, AGENT
}
