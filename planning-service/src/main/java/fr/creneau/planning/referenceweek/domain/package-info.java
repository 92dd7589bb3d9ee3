/** What happens to a reference week. */
package fr.creneau.planning.referenceweek.domain;
