/** The commune administrator's API: endpoints, their delivery log, and the replay of a delivery. */
package fr.creneau.notification.webhook.web;
