/** HTTP concerns shared by the features: problem+json in French, before the platform's general handler. */
package fr.creneau.booking.shared.web;
