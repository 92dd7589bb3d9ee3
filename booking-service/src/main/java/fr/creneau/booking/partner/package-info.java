/** Partners of a commune (social workers...) booking the types open to their partner type, for their beneficiaries. */
package fr.creneau.booking.partner;
