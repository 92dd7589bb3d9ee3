/** HTTP API of places. */
package fr.creneau.planning.place.web;
