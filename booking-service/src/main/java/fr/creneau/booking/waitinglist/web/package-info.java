/** The waiting list over HTTP: the citizen's manage link asks, withdraws, accepts or declines; agents look. */
package fr.creneau.booking.waitinglist.web;
