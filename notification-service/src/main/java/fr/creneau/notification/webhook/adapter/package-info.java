/** The HTTP client that posts a delivery to a commune's endpoint, and the source of endpoints' secrets. */
package fr.creneau.notification.webhook.adapter;
