/** Values several features of booking-service share: the secret tokens of links. */
package fr.creneau.booking.shared.domain;
