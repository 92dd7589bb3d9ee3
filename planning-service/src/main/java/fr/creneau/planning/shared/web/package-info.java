/** What every planning endpoint shares: commune scoping and the errors Axon raises, answered in French. */
package fr.creneau.planning.shared.web;
