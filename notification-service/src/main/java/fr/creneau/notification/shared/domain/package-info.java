/** Dates and times as a citizen reads them on the town hall's clock. */
package fr.creneau.notification.shared.domain;
