/** The figures endpoints: their French-checked query string, JSON and CSV answers, and their documentation. */
package fr.creneau.stats.figures.web;
