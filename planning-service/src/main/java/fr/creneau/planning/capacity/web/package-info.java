/** HTTP API to read a counter's computed capacity, as booking-service receives it. */
package fr.creneau.planning.capacity.web;
