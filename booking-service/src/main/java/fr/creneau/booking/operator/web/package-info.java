/** The operator's booking endpoints. */
package fr.creneau.booking.operator.web;
