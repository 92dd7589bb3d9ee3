/** Services as the rest of the planning reads them. */
package fr.creneau.planning.service.view;
