/** Texts of the notices per commune, notice and channel, with named merge fields and default French texts. */
package fr.creneau.notification.template;
