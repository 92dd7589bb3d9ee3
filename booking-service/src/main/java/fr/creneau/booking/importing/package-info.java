/** Moving in: a commune's future appointments, exported from another tool as CSV, booked like any other. */
package fr.creneau.booking.importing;
