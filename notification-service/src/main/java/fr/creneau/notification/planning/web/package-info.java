/** What planning says about a commune, applied to the requests of its agents. */
package fr.creneau.notification.planning.web;
