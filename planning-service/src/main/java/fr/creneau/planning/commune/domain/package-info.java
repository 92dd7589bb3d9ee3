/** What happens to a commune. */
package fr.creneau.planning.commune.domain;
