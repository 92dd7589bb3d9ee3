/** The planning files, their columns, and the report of a run. */
package fr.creneau.planning.importing.domain;
