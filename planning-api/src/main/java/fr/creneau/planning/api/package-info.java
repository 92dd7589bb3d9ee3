/** The records planning-service publishes on the {@code planning.events} topic, keyed by counter (or by the entity they describe). */
package fr.creneau.planning.api;
