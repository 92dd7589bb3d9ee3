/** HTTP concerns shared by the features: booking refusals as problem+json in French. */
package fr.creneau.booking.shared.web;
