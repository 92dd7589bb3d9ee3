/** HTTP API of reference weeks. */
package fr.creneau.planning.referenceweek.web;
