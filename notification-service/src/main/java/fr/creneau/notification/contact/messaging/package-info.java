/** Reads the compacted topic booking.contacts, tombstones included. */
package fr.creneau.notification.contact.messaging;
