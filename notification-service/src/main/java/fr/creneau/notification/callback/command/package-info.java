/** Records Twilio's delivery reports against their notices and publishes what they change. */
package fr.creneau.notification.callback.command;
