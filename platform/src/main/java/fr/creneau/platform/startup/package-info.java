/** What a service cannot start without, said in French with what to set, instead of a stack trace. */
package fr.creneau.platform.startup;
