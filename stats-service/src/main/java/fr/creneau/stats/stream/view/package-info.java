/** The cells of the analysts' stream waiting to be published again. */
package fr.creneau.stats.stream.view;
