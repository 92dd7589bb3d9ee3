/** Issues, finds and forgets the appointments' references, unique within a commune. */
package fr.creneau.booking.reference.view;
