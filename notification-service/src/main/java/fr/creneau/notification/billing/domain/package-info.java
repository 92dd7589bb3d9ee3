/** A commune's SMS budget and what its thresholds mean. */
package fr.creneau.notification.billing.domain;
