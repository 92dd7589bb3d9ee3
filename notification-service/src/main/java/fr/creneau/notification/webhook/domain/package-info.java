/** What a webhook is: its events, its address rules, its signature, its deliveries. */
package fr.creneau.notification.webhook.domain;
