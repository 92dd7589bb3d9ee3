/** The appointment_fact table and the projector that applies each booking event to it once. */
package fr.creneau.stats.appointment.view;
