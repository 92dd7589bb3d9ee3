/** Setting a budget, keeping SMS off for a commune that may not send them, and raising the budget's alerts. */
package fr.creneau.notification.billing.command;
