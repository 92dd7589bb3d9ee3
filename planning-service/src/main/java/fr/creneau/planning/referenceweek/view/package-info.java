/** Reference weeks as the rest of the service reads them. */
package fr.creneau.planning.referenceweek.view;
