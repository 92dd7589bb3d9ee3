/** The endpoints that read and change a commune's channel and agent settings. */
package fr.creneau.notification.settings.web;
