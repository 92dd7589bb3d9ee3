/** The next day's appointments, e-mailed to the commune's agents at the time they chose. */
package fr.creneau.notification.agenda;
