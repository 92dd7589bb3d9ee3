/** What planning-service publishes about communes, places, counters and types, kept to describe and check bookings. */
package fr.creneau.booking.catalog;
