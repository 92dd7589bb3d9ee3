/** Each commune's stored choices: channels per notice, agents' e-mails and daily list. */
package fr.creneau.notification.settings.command;
