/** What booking-service knows of planning-service's communes, places, counters, types and agents, in its own words. */
package fr.creneau.booking.catalog.domain;
