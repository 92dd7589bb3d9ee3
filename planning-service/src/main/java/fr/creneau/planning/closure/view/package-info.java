/** Closures in force, as capacity computation reads them. */
package fr.creneau.planning.closure.view;
