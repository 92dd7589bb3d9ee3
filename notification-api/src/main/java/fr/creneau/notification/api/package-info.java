/** The records notification-service publishes on {@code notification.events}: each SMS sent, and its delivery. */
package fr.creneau.notification.api;
