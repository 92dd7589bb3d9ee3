/** Declaring and lifting exceptional closures. */
package fr.creneau.planning.closure.command;
