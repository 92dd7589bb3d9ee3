/** What notification-service learns from planning.events: which appointment types belong to which commune. */
package fr.creneau.notification.planning;
