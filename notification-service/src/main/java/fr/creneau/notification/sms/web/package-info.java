/** A commune's SMS log over a period, with totals. */
package fr.creneau.notification.sms.web;
