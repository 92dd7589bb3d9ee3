/** No duplicates: one active appointment per person, type and commune; one active appointment per ANTS number. */
package fr.creneau.booking.duplicates;
