/** What several features of the service use. */
package fr.creneau.stats.shared;
