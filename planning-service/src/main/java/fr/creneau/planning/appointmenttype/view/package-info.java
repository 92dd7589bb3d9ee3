/** Appointment types as the rest of the service reads them. */
package fr.creneau.planning.appointmenttype.view;
