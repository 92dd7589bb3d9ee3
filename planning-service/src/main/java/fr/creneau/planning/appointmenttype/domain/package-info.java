/** What an appointment type is and what happens to it. */
package fr.creneau.planning.appointmenttype.domain;
