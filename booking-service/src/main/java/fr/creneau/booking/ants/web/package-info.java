/** The API the ANTS calls, behind its token, and the commune administrator's settings and call log. */
package fr.creneau.booking.ants.web;
