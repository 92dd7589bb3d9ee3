/** Which appointments each partner booked (the types they may book are availability's PartnerPolicy). */
package fr.creneau.booking.partner.view;
