/** The copy of the citizens' contact details, and their erasure. */
package fr.creneau.notification.contact.view;
