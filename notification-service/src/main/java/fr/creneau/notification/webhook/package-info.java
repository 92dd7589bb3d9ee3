/** Signed webhooks: a commune's endpoints, told of its appointments booked, moved, cancelled and attended. */
package fr.creneau.notification.webhook;
