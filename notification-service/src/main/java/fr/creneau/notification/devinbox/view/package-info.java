/** The messages parked in the dev inbox, newest first. */
package fr.creneau.notification.devinbox.view;
