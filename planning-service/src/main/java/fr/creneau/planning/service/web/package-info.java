/** HTTP API of municipal services. */
package fr.creneau.planning.service.web;
