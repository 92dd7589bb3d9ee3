/** The national platform for passports and ID cards (ANTS): its search of our slots, and our declarations to it. */
package fr.creneau.booking.ants;
