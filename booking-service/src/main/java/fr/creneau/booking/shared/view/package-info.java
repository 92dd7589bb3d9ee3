/** What several read models of booking-service share: their writes, batched per unit of work. */
package fr.creneau.booking.shared.view;
