/** Every SMS a commune sent, from the notices. */
package fr.creneau.notification.sms.view;
