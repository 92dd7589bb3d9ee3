/** A notice text, its merge fields, how it is rendered and what makes it valid. */
package fr.creneau.notification.template.domain;
