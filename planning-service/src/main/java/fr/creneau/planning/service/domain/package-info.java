/** What happens to a municipal service. */
package fr.creneau.planning.service.domain;
