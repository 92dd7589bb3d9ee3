/** The planning of each commune: who receives whom, where and when; publishes the resulting capacity on planning.events. */
package fr.creneau.planning;
