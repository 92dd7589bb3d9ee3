/** The operator's control over a commune's SMS (option, monthly budget), and its usage to invoice, voice included. */
package fr.creneau.notification.billing;
