/** The communes as the rest of the service reads them. */
package fr.creneau.planning.commune.view;
