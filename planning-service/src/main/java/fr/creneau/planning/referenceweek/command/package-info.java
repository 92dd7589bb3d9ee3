/** Creating, changing and deleting reference weeks. */
package fr.creneau.planning.referenceweek.command;
