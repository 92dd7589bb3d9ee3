/** Appointment types (motifs): what a citizen books, for how long, how far ahead, with which options. */
package fr.creneau.planning.appointmenttype;
