/** A commune's own notice texts, falling back to the default French texts. */
package fr.creneau.notification.template.command;
