/** A change of a commune's SMS figures on the day an SMS was sent. */
package fr.creneau.stats.sms.domain;
