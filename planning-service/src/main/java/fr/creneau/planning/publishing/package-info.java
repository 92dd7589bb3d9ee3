/**
 * Publishes the planning-api records on {@code planning.events} from the stored Axon events, through a streaming
 * processor: the event store is the outbox, a failed send is retried, nothing is skipped.
 */
package fr.creneau.planning.publishing;
