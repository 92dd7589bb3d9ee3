/** A commune's SMS budget and what its thresholds mean; the price of a voice minute. */
package fr.creneau.notification.billing.domain;
