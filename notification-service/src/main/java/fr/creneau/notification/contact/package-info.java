/** The citizens' contact details, a copy of the compacted topic booking.contacts that is erased with it. */
package fr.creneau.notification.contact;
