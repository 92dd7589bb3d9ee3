/** Lists the dev inbox, only when it was asked for. */
package fr.creneau.notification.devinbox.web;
