/** The endpoints that read, replace, reset and preview a commune's notice texts. */
package fr.creneau.notification.template.web;
