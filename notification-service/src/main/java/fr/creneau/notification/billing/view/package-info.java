/** What a commune spent on SMS, month by month. */
package fr.creneau.notification.billing.view;
