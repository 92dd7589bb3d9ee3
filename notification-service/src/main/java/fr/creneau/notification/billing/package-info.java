/** The operator's control over a commune's SMS: the option, a monthly budget, and the usage to invoice. */
package fr.creneau.notification.billing;
