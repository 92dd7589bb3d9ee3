/** The commune, tenant of everything else: its name, slug, time zone and which public holidays close it. */
package fr.creneau.planning.commune;
