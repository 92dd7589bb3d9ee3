/** An appointment's notices for its commune's agents, and a new try for one given up. */
package fr.creneau.notification.notice.web;
