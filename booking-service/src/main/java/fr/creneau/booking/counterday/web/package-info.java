/** The counter-day's refusals as French problem+json, for every endpoint that sends it a command. */
package fr.creneau.booking.counterday.web;
