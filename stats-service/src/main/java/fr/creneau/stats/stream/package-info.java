/** The analysts' stream stats.appointments: the figures of each day and dimension, republished as they change. */
package fr.creneau.stats.stream;
