/** What a commune spent on SMS, and its voice line's minutes, month by month. */
package fr.creneau.notification.billing.view;
