/** Creating and changing reference weeks. */
package fr.creneau.planning.referenceweek.command;
