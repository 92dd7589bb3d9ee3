/** SMS length under the GSM-7 and UCS-2 rules, the transliteration that keeps French text in GSM-7, and the price. */
package fr.creneau.notification.sms.domain;
