/** Framework wiring of the service: Axon cache and error handling, clock. */
package fr.creneau.booking.config;
