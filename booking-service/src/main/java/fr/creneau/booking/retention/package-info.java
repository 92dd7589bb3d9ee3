/** Erases citizens' personal data a set time after their appointment (24 months unless the commune says otherwise). */
package fr.creneau.booking.retention;
