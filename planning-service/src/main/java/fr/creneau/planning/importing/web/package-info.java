/** The planning import API, one file at a time, dry or real. */
package fr.creneau.planning.importing.web;
