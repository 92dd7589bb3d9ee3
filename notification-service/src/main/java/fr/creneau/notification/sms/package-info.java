/** SMS length and cost: segments under the GSM-7 and UCS-2 rules, price per segment, and each commune's SMS log. */
package fr.creneau.notification.sms;
