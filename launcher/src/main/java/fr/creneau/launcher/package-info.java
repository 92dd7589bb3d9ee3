/** Starts and stops the whole platform on one machine: PostgreSQL, a Kafka broker and the five services. */
package fr.creneau.launcher;
