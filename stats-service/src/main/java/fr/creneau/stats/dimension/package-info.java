/** What figures can be broken down by, and the display names of those dimensions. */
package fr.creneau.stats.dimension;
