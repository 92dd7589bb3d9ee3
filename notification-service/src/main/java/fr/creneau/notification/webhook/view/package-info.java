/** The endpoints of a commune and each endpoint's delivery log, as the API shows them. */
package fr.creneau.notification.webhook.view;
