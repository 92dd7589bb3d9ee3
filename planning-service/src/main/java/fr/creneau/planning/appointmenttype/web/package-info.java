/** HTTP API of appointment types. */
package fr.creneau.planning.appointmenttype.web;
