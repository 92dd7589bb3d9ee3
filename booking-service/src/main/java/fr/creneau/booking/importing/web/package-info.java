/** The import API: a file sent in parts, a dry or real run, its progress and report. */
package fr.creneau.booking.importing.web;
