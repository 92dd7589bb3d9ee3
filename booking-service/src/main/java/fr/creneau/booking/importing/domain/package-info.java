/** The import file's lines, its errors by file and line, and the report of a run. */
package fr.creneau.booking.importing.domain;
