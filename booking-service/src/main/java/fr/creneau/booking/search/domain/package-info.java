/** How contact details and queries are cut into the normalised tokens the index hashes. */
package fr.creneau.booking.search.domain;
