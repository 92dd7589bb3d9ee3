/** The SQL that counts appointments, capacity and SMS by bucket, and the service that joins them into rows. */
package fr.creneau.stats.figures.view;
