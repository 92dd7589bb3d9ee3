/** What several features use: dates and times on the town hall's clock, and where new ids come from. */
package fr.creneau.notification.shared.domain;
