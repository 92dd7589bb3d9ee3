/** Exceptional closures of a whole commune, a place or a counter, for some days. */
package fr.creneau.planning.closure;
