/** The latest state of each appointment, as booking.events told it. */
package fr.creneau.notification.booking.view;
