/** Lists the dead letters to the platform's administrators. */
package fr.creneau.notification.deadletter.web;
