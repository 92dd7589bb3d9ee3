/** A commune's and a type's own notice texts per language, falling back to the default texts in that language. */
package fr.creneau.notification.template.command;
