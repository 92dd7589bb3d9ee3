/** The appointment types planning has announced, with their commune. */
package fr.creneau.notification.planning.view;
