/** Import files as CSV lines, and their errors by file and line in French, the same in every service. */
package fr.creneau.platform.csv;
